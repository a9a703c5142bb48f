/**
 * `search/name-index-terms.json`, a build's working file and never published: for every language of the site, the
 * folder of its pages and every published entry as that language's name index knows it. Once the pages are built,
 * the name indexes are written from it and the file is removed (src/astro/nameIndexIntegration.ts). The dev server
 * builds its name indexes from the content folder instead.
 */
import type { APIRoute } from "astro";
import { glossaryData } from "../../astro/glossaryData.ts";
import { settings } from "../../astro/site.ts";
import { languageFolder } from "../../core/publish/paths.ts";
import { namedTerm } from "../../search/namedTerms.ts";
import type { LanguageNames } from "../../search/nameIndexFolder.ts";

/** The name index input of one language: every entry by the names it has there. */
async function languageNames(language: string): Promise<LanguageNames> {
  const { bySlug, names, categoryById } = await glossaryData(language);
  const own = language === settings.language;
  const terms = [...names.values()].flatMap((named) => {
    const term = bySlug.get(named.slug);
    if (!term) return [];
    const data = { ...term, title: named.title, aliases: named.aliases };
    const entry = namedTerm(term.slug, data, categoryById.get(term.category)?.title ?? "");
    return [term.language === language ? entry : { ...entry, language: term.language }];
  });
  return { folder: languageFolder(own ? undefined : language), terms };
}

/** Renders the file from the glossary of this build. */
export const GET: APIRoute = async () => {
  if (import.meta.env.DEV) return new Response(null, { status: 404 });
  const languages = await Promise.all([settings.language, ...settings.translations].map(languageNames));
  return new Response(JSON.stringify(languages), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
