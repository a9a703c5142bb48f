import { escapeXml } from "./xml.ts";

/** One language version of a page: its language (or `x-default`) and its absolute address. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The language versions of a page for `hreflang` links: every version, then `x-default` pointing at the one in the
 * site's own language (the first); none when the page exists in one language only.
 */
export function alternatesOf(versions: readonly Alternate[]): Alternate[] {
  const [own] = versions;
  if (!own || versions.length < 2) return [];
  return [...versions, { hreflang: "x-default", href: own.href }];
}

/**
 * One address of a sitemap and, when known, the day its content last changed (YYYY-MM-DD), and its language
 * versions (see alternatesOf), itself among them.
 */
export interface SitemapUrl {
  loc: string;
  lastmod?: string | undefined;
  alternates?: readonly Alternate[];
}

/** The `xhtml:link` elements that list a sitemap address's language versions. */
function alternateLinks(alternates: readonly Alternate[] = []): string {
  return alternates
    .map(
      ({ hreflang, href }) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`,
    )
    .join("");
}

/** The latest of some YYYY-MM-DD dates (they sort as text), or undefined when there are none. */
export function latestDate(dates: Iterable<string | undefined>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  return latest;
}

/**
 * A sitemap in the sitemaps.org 0.9 format; the language versions of an address are `xhtml:link` elements, the
 * form search engines read for sitemaps.
 */
export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const items = urls.map(
    ({ loc, lastmod, alternates }) =>
      `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}${alternateLinks(alternates)}</url>`,
  );
  const xhtml = urls.some((url) => (url.alternates?.length ?? 0) > 0)
    ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'
    : "";
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>`,
    ...items,
    "</urlset>",
    "",
  ].join("\n");
}

/** A robots.txt that allows everything and points at the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
