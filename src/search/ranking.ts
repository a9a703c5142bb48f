/**
 * How search results are ranked, shared by the header search and the search page. A term's name and aliases are
 * stored as Pagefind metadata; boosting matches there puts the term itself above pages that merely mention it.
 * (Names themselves are listed first from the name index, src/search/nameLookup.ts.) The values were chosen by
 * measuring queries over the sample glossary and a generated one (see docs/search.md).
 */
export const SEARCH_RANKING = {
  metaWeights: { title: 10, aliases: 8, definition: 1 },
} as const;
