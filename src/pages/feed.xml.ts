/** `feed.xml`: an Atom feed of the newest entries. */
import type { APIRoute } from "astro";
import { glossaryData } from "../astro/glossaryData.ts";
import { absoluteUrl, settings } from "../astro/site.ts";
import { atomFeed, newestTerms } from "../core/publish/feed.ts";
import { termPath } from "../core/publish/paths.ts";
import { messagesFor } from "../i18n/messages.ts";

/** Renders the file from the glossary of this build. */
export const GET: APIRoute = async () => {
  const { terms, categoryById } = await glossaryData();
  const feed = atomFeed({
    title: settings.title,
    subtitle: settings.tagline || messagesFor(settings.language).text("feed.subtitle", { site: settings.title }),
    home: absoluteUrl(),
    self: absoluteUrl("feed.xml"),
    terms: newestTerms(terms, settings.language).map((term) => ({
      title: term.title,
      description: term.description,
      published: term.published,
      updated: term.updated,
      url: absoluteUrl(termPath(term.slug)),
      category: categoryById.get(term.category)?.title ?? term.category,
    })),
  });
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
