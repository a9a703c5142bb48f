/** What backlinks need of an entry: its slug, its `related` list, and what its body links to or mentions. */
export interface Linking {
  slug: string;
  related: readonly string[];
  links: readonly string[];
  mentioned: readonly string[];
}

/**
 * For every entry, the entries that point at it through `related`, a body link or a linked mention ("Referenced
 * by"), each once, never the entry itself, in the order of `sorted` (alphabetical when it is).
 */
export function backlinks<T extends Linking>(sorted: readonly T[]): Map<string, T[]> {
  const result = new Map<string, T[]>();
  for (const source of sorted) {
    for (const target of new Set([...source.related, ...source.links, ...source.mentioned])) {
      if (target === source.slug) continue;
      const list = result.get(target) ?? [];
      list.push(source);
      result.set(target, list);
    }
  }
  return result;
}
