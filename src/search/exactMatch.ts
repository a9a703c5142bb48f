import { nameKey } from "../core/content/nameKey.ts";

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

/**
 * The search token of a name: one word that a term page carries in its search metadata and that a query for
 * exactly that name (in any case, with any accents or punctuation) produces too. Searching Pagefind for it finds
 * the terms with that exact name, as title or alias, through Pagefind's own word index, however large the
 * glossary; one token per name keeps that to one lookup (one index chunk) per search.
 */
export function nameToken(name: string): string | undefined {
  const key = nameKey(name);
  return key ? `qx${fnv1a(key).toString(36)}` : undefined;
}

/** The tokens of every name of a term (title and aliases), space-separated, for its `keys` search metadata. */
export function nameTokens(title: string, aliases: readonly string[]): string {
  const tokens = [title, ...aliases].map(nameToken);
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
