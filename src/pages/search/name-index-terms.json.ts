/**
 * `search/name-index-terms.json`, a build's working file and never published: every published entry as the name
 * index knows it. Once the pages are built, the name index is written from it and the file is removed
 * (src/astro/nameIndexIntegration.ts). The dev server builds its name index from the content folder instead.
 */
import type { APIRoute } from "astro";
import { glossaryData } from "../../astro/glossaryData.ts";
import { namedTerm } from "../../search/namedTerms.ts";

/** Renders the file from the glossary of this build. */
export const GET: APIRoute = async () => {
  if (import.meta.env.DEV) return new Response(null, { status: 404 });
  const { terms, categoryById } = await glossaryData();
  const named = terms.map((term) => namedTerm(term.slug, term, categoryById.get(term.category)?.title ?? ""));
  return new Response(JSON.stringify(named), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
