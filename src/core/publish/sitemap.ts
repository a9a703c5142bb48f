import { escapeXml } from "./xml.ts";

/** One address of a sitemap and, when known, the day its content last changed (YYYY-MM-DD). */
export interface SitemapUrl {
  loc: string;
  lastmod?: string | undefined;
}

/** The latest of some YYYY-MM-DD dates (they sort as text), or undefined when there are none. */
export function latestDate(dates: Iterable<string | undefined>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  return latest;
}

/** A sitemap in the sitemaps.org 0.9 format. */
export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const items = urls.map(
    ({ loc, lastmod }) => `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...items,
    "</urlset>",
    "",
  ].join("\n");
}

/** A robots.txt that allows everything and points at the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
