/** The separator between aliases in the `aliases` search metadata of a term page. */
export const ALIAS_SEPARATOR = ", ";

/** Normalises text for exact-name comparison: case, accents, punctuation and spacing are ignored. */
export function searchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The names a term answers to in search: its title and each of its aliases. */
export function namesOf(meta: Readonly<Record<string, string | undefined>>): string[] {
  const aliases = meta.aliases ? meta.aliases.split(ALIAS_SEPARATOR) : [];
  return [meta.title ?? "", ...aliases].filter(Boolean);
}

/** A search result whose page data can be loaded (Pagefind's result objects). */
export interface LoadableResult {
  data(): Promise<{ meta: Record<string, string | undefined> }>;
}

/**
 * Moves the results whose term name or alias equals the query to the front (titles before aliases), keeping every
 * other result in Pagefind's order. Only the first `depth` results are inspected: the ones a reader sees first,
 * whose data the results list loads anyway.
 */
export async function exactMatchesFirst<T extends LoadableResult>(
  results: T[],
  query: string,
  depth = 10,
): Promise<T[]> {
  const key = searchKey(query);
  if (!key) return results;
  const head = results.slice(0, depth);
  const metas = await Promise.all(head.map(async (result) => (await result.data()).meta));
  const rankOf = (index: number): number => {
    const names = namesOf(metas[index] ?? {}).map(searchKey);
    if (names[0] === key) return 0;
    return names.slice(1).includes(key) ? 1 : 2;
  };
  const order = head.map((_, index) => index).sort((a, b) => rankOf(a) - rankOf(b) || a - b);
  return [...order.map((index) => head[index] as T), ...results.slice(depth)];
}
