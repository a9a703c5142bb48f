/**
 * `search/name-index-terms.json`, a build's working file and never published: for every language of the site, the
 * folder of its pages and every published entry as that language's name index knows it. Once the pages are built,
 * the name indexes are written from it and the file is removed (src/astro/nameIndexIntegration.ts). The dev server
 * builds its name indexes from the content folder instead.
 */
import type { APIRoute } from "astro";
import { glossaryData } from "../../astro/glossaryData.ts";
import { siteLanguages } from "../../astro/languageVersions.ts";
import { folderOf } from "../../astro/pageLanguage.ts";
import { namedTerm } from "../../search/namedTerms.ts";
import type { LanguageNames } from "../../search/nameIndexFolder.ts";

/** The name index input of one language: every entry by the names it has there. */
async function languageNames(language: string): Promise<LanguageNames> {
  const { bySlug, names, categoryById } = await glossaryData(language);
  const terms = [...names.values()].flatMap((named) => {
    const term = bySlug.get(named.slug);
    if (!term) return [];
    const data = { ...term, title: named.title, aliases: named.aliases };
    const otherLanguage = term.language === language ? undefined : term.language;
    return [namedTerm(term.slug, data, categoryById.get(term.category)?.title ?? "", otherLanguage)];
  });
  return { folder: folderOf(language), terms };
}

/** Renders the file from the glossary of this build. */
export const GET: APIRoute = async () => {
  if (import.meta.env.DEV) return new Response(null, { status: 404 });
  const languages = await Promise.all(siteLanguages.map(languageNames));
  return new Response(JSON.stringify(languages), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
