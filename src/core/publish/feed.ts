import { sortByTitle } from "../graph/collation.ts";
import { latestDate } from "./sitemap.ts";
import { escapeXml } from "./xml.ts";

/** What the feed needs of an entry. */
export interface FeedTerm {
  title: string;
  description: string;
  published: string;
  updated?: string | undefined;
  url: string;
  /** The title of the entry's category. */
  category: string;
}

/** How many of the newest entries the feed lists. */
export const FEED_SIZE = 20;

/** The newest entries first (by `published`; a day's entries in alphabetical order), at most `count` of them. */
export function newestTerms<T extends Pick<FeedTerm, "published" | "title">>(
  terms: readonly T[],
  language = "en",
  count = FEED_SIZE,
): T[] {
  const byDate = (a: T, b: T) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0);
  return sortByTitle(terms, language).sort(byDate).slice(0, count);
}

const timestamp = (date: string) => `${date}T00:00:00Z`;

/** An Atom 1.0 feed of entries; its own `updated` is the latest date among them, so builds stay reproducible. */
export function atomFeed(feed: {
  title: string;
  subtitle: string;
  home: string;
  self: string;
  terms: readonly FeedTerm[];
}) {
  const updated = latestDate(feed.terms.map((term) => term.updated ?? term.published)) ?? "1970-01-01";
  const entries = feed.terms.map((term) =>
    [
      "  <entry>",
      `    <title>${escapeXml(term.title)}</title>`,
      `    <id>${escapeXml(term.url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(term.url)}"/>`,
      `    <published>${timestamp(term.published)}</published>`,
      `    <updated>${timestamp(term.updated ?? term.published)}</updated>`,
      `    <category term="${escapeXml(term.category)}"/>`,
      `    <summary>${escapeXml(term.description)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <id>${escapeXml(feed.home)}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.title)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
