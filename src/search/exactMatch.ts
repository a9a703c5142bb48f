import { nameKey } from "../core/nameKey.ts";

/** The separator between aliases in the `aliases` search metadata of a term page. */
export const ALIAS_SEPARATOR = ", ";

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Which kind of name a token stands for: a term's title, or one of its aliases. */
export type NameKind = "title" | "alias";

const PREFIX: Record<NameKind, string> = { title: "qxt", alias: "qxa" };

/**
 * The search token of a name: one word that a term page carries in its search metadata and that a query for
 * exactly that name (in any case, with any accents or punctuation) produces too. Searching Pagefind for it finds
 * the term with that exact name through Pagefind's own word index, however large the glossary.
 */
export function nameToken(name: string, kind: NameKind): string | undefined {
  const key = nameKey(name);
  return key ? `${PREFIX[kind]}${fnv1a(key).toString(36)}` : undefined;
}

/** The tokens of every name of a term (title and aliases), space-separated, for its `keys` search metadata. */
export function nameTokens(title: string, aliases: readonly string[]): string {
  const tokens = [nameToken(title, "title"), ...aliases.map((alias) => nameToken(alias, "alias"))];
  return [...new Set(tokens.filter(Boolean))].join(" ");
}

/**
 * Puts exact title matches first, then exact alias matches, then everything else in the order Pagefind ranked
 * it, each result once.
 */
export function exactFirst<T extends { id: string }>(titleMatches: T[], aliasMatches: T[], ranked: T[]): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const result of [...titleMatches, ...aliasMatches, ...ranked]) {
    if (seen.has(result.id)) continue;
    seen.add(result.id);
    merged.push(result);
  }
  return merged;
}
