/** `terms.json`: every published entry in a stable, documented format (see docs/glossary.md, "Public data"). */
import type { APIRoute } from "astro";
import { glossaryData } from "../astro/glossaryData.ts";
import { absoluteUrl, settings } from "../astro/site.ts";
import { termPath } from "../core/publish/paths.ts";
import { termsJson } from "../core/publish/termsJson.ts";

/** Renders the file from the glossary of this build. */
export const GET: APIRoute = async () => {
  const { terms } = await glossaryData();
  const document = termsJson({ title: settings.title, url: absoluteUrl() }, terms, (slug) =>
    absoluteUrl(termPath(slug)),
  );
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
