/**
 * `sitemap.xml`: every page worth finding (home, the A–Z pages of a split index, categories and their numbered
 * pages, entries), each with the day its content last changed.
 */
import type { APIRoute } from "astro";
import { glossaryData } from "../astro/glossaryData.ts";
import { absoluteUrl, settings } from "../astro/site.ts";
import { letterPages, paginate, splitsIndex } from "../core/graph/listPages.ts";
import { categoryPath, letterPath, pagedPath, termPath } from "../core/publish/paths.ts";
import { latestDate, type SitemapUrl, sitemapXml } from "../core/publish/sitemap.ts";

/** Renders the file from the glossary of this build. */
export const GET: APIRoute = async () => {
  const { terms, categories, termsByCategory, letterGroups } = await glossaryData();
  const changed = (list: readonly { published: string; updated?: string | undefined }[]) =>
    latestDate(list.map((term) => term.updated ?? term.published));
  const size = settings.listPageSize;
  const letters = splitsIndex(terms.length, size) ? letterPages(letterGroups, size) : [];
  const urls: SitemapUrl[] = [
    { loc: absoluteUrl(), lastmod: changed(terms) },
    ...letters.map((page) => ({
      loc: absoluteUrl(pagedPath(letterPath(page.letter), page.number)),
      lastmod: changed(page.items),
    })),
    { loc: absoluteUrl("categories/"), lastmod: changed(terms) },
    ...categories.flatMap((category) =>
      paginate(termsByCategory.get(category.id) ?? [], size).map((page) => ({
        loc: absoluteUrl(pagedPath(categoryPath(category.id), page.number)),
        lastmod: changed(page.items),
      })),
    ),
    ...terms.map((term) => ({ loc: absoluteUrl(termPath(term.slug)), lastmod: term.updated ?? term.published })),
  ];
  return new Response(sitemapXml(urls), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
