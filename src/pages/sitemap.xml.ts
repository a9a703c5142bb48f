/**
 * `sitemap.xml`: every page worth finding (home, the A–Z pages of a split index, categories and their numbered
 * pages, entries), each with the day its content last changed.
 */
import type { APIRoute } from "astro";
import { glossaryData } from "../astro/glossaryData.ts";
import { absoluteUrl } from "../astro/site.ts";
import { categoryPath, letterPath, pagedPath, termPath } from "../core/publish/paths.ts";
import { latestDate, type SitemapUrl, sitemapXml } from "../core/publish/sitemap.ts";

/** Renders the file from the glossary of this build. */
export const GET: APIRoute = async () => {
  const { terms, letterPages, categoryPages } = await glossaryData();
  const changed = (list: readonly { published: string; updated?: string | undefined }[]) =>
    latestDate(list.map((term) => term.updated ?? term.published));
  const urls: SitemapUrl[] = [
    { loc: absoluteUrl(), lastmod: changed(terms) },
    ...letterPages.map((page) => ({
      loc: absoluteUrl(pagedPath(letterPath(page.letter), page.number)),
      lastmod: changed(page.items),
    })),
    { loc: absoluteUrl("categories/"), lastmod: changed(terms) },
    ...categoryPages.map((page) => ({
      loc: absoluteUrl(pagedPath(categoryPath(page.category.id), page.number)),
      lastmod: changed(page.items),
    })),
    ...terms.map((term) => ({ loc: absoluteUrl(termPath(term.slug)), lastmod: term.updated ?? term.published })),
  ];
  return new Response(sitemapXml(urls), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
