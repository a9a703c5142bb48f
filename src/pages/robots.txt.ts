/** `robots.txt`: everything may be crawled; the sitemap is named. */
import type { APIRoute } from "astro";
import { absoluteUrl } from "../astro/site.ts";
import { robotsTxt } from "../core/publish/sitemap.ts";

/** Renders the file for this site's address. */
export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl("sitemap.xml")), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
