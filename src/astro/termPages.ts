import { sortByTitle } from "../core/graph/collation.ts";
import { type TermPage, termPageKey, termPagesOf } from "../core/graph/termPages.ts";
import { glossaryData, type Term } from "./glossaryData.ts";
import { type LanguageVersion, termVersions } from "./languageVersions.ts";
import { settings } from "./site.ts";

/** Everything one term page of this site shows besides its body, with its versions in every language. */
export type SiteTermPage = TermPage<Term> & { versions: LanguageVersion[] };

/**
 * The page of every published entry of one language (the site's own by default), in its alphabetical order. On a
 * translated language's pages, "Referenced by" counts every entry that points at the page's, in the reader's
 * language where translated.
 */
export async function termPages(language = settings.language): Promise<SiteTermPage[]> {
  const { terms, bySlug, categoryById } = await glossaryData(language);
  const pages =
    language === settings.language
      ? termPagesOf(terms, bySlug, categoryById)
      : termPagesOf(terms, bySlug, categoryById, sortByTitle([...bySlug.values()], language));
  return Promise.all(pages.map(async (page) => ({ ...page, versions: await termVersions(page.term.slug) })));
}

/**
 * The incremental-build key of a term page: while it and the page's code are unchanged, Astro copies the page from
 * the previous build instead of rendering it again. The page's language versions count, as its head and switcher
 * link them.
 */
export function termPageCacheKey(page: SiteTermPage): string {
  return termPageKey(page, [settings, page.versions]);
}
