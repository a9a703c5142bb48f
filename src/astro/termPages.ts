import { type TermPage, termPageKey, termPagesOf } from "../core/graph/termPages.ts";
import { glossaryData, type Term } from "./glossaryData.ts";
import { settings } from "./site.ts";

/** Everything one term page of this site shows besides its body. */
export type SiteTermPage = TermPage<Term>;

/** The page of every published entry of this build, in alphabetical order. */
export async function termPages(): Promise<SiteTermPage[]> {
  const { terms, bySlug, categoryById } = await glossaryData();
  return termPagesOf(terms, bySlug, categoryById);
}

/**
 * The incremental-build key of a term page: while it and the page's code are unchanged, Astro copies the page from
 * the previous build instead of rendering it again.
 */
export function termPageCacheKey(page: SiteTermPage): string {
  return termPageKey(page, settings);
}
