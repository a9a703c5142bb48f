/**
 * `sitemap.xml`: every page worth finding in every language (home, the A–Z pages of a split index, categories and
 * their numbered pages, entries), each with the day its content last changed and, for a page that exists in more
 * than one language, all its language versions.
 */
import type { APIRoute } from "astro";
import { type GlossaryData, glossaryData } from "../astro/glossaryData.ts";
import { type LanguageVersion, pageVersions, siteLanguages, termVersions } from "../astro/languageVersions.ts";
import { folderOf } from "../astro/pageLanguage.ts";
import { absoluteUrl } from "../astro/site.ts";
import { categoryPath, letterPath, pagedPath } from "../core/publish/paths.ts";
import { alternatesOf, latestDate, type SitemapUrl, sitemapXml } from "../core/publish/sitemap.ts";

const changed = (list: readonly { published: string; updated?: string | undefined }[]) =>
  latestDate(list.map((term) => term.updated ?? term.published));

/** The `hreflang` alternates of a page from its versions. */
const alternates = (versions: readonly LanguageVersion[]) =>
  alternatesOf(versions.map(({ language, path }) => ({ hreflang: language, href: absoluteUrl(path) })));

/** The addresses of one language's pages. */
async function languageUrls({ language, terms, letterPages, categoryPages }: GlossaryData): Promise<SitemapUrl[]> {
  const folder = folderOf(language);
  const shared = (path: string, lastmod: string | undefined): SitemapUrl => ({
    loc: absoluteUrl(`${folder}${path}`),
    lastmod,
    alternates: alternates(pageVersions(path)),
  });
  return [
    shared("", changed(terms)),
    ...letterPages.map((page) => ({
      loc: absoluteUrl(`${folder}${pagedPath(letterPath(page.letter), page.number)}`),
      lastmod: changed(page.items),
    })),
    shared("categories/", changed(terms)),
    ...categoryPages.map((page) =>
      page.number === 1
        ? shared(categoryPath(page.category.id), changed(page.items))
        : {
            loc: absoluteUrl(`${folder}${pagedPath(categoryPath(page.category.id), page.number)}`),
            lastmod: changed(page.items),
          },
    ),
    ...(await Promise.all(
      terms.map(async (term) => ({
        loc: absoluteUrl(term.path),
        lastmod: term.updated ?? term.published,
        alternates: alternates(await termVersions(term.slug)),
      })),
    )),
  ];
}

/** Renders the file from the glossary of this build. */
export const GET: APIRoute = async () => {
  const languages = await Promise.all(siteLanguages.map((language) => glossaryData(language)));
  const urls = (await Promise.all(languages.map(languageUrls))).flat();
  return new Response(sitemapXml(urls), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
