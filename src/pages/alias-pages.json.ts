/**
 * `alias-pages.json`, a build's working file and never published: the template's placeholders and the texts of
 * every alias page, which the build
 * writes from the alias page template once the pages are built, and then removes this file with the template
 * (src/astro/aliasPagesIntegration.ts). The dev server renders alias pages one by one and does not serve it.
 */
import type { APIRoute } from "astro";
import { type AliasTexts, templatePlaceholders } from "../astro/aliasTemplate.ts";
import { glossaryData } from "../astro/glossaryData.ts";
import { pageTitle, settings } from "../astro/site.ts";
import { aliasRedirects } from "../core/graph/aliases.ts";
import type { AliasPageText } from "../core/publish/aliasPages.ts";
import { termPath } from "../core/publish/paths.ts";
import { messagesFor } from "../i18n/messages.ts";

/** Renders the file from the glossary of this build. */
export const GET: APIRoute = async () => {
  if (import.meta.env.DEV) return new Response(null, { status: 404 });
  // Alias pages are in the site's language, as the template rendered at terms/ is (src/pages/terms/[alias].astro).
  const messages = messagesFor(settings.language);
  const pages: AliasPageText[] = aliasRedirects((await glossaryData()).terms).map((redirect) => ({
    file: `${termPath(redirect.slug)}index.html`,
    alias: redirect.alias,
    fullTitle: pageTitle(redirect.alias, messages),
    slug: redirect.target.slug,
    targetTitle: redirect.target.title,
  }));
  const texts: AliasTexts = { placeholders: templatePlaceholders, pages };
  return new Response(JSON.stringify(texts), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
