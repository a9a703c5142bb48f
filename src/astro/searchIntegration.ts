import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { BundleCache } from "../search/bundleCache.ts";
import { indexBuiltSite } from "../search/siteIndex.ts";
import { serveDevSearch } from "./devSearch.ts";

/** The route of entry pages, the only pages search indexes (alias redirect pages share their address pattern). */
const TERM_ROUTE = "/terms/[slug]";

/**
 * Builds the Pagefind search index of every production build from its term pages, through Pagefind's Node API, once
 * the output scan has passed (`astro:build:done` of the output scan runs first); a part of the index whose pages did
 * not change is reused from the last build. The build fails when Pagefind reports an error or a part holds another
 * number of pages than were built for it. In the dev server, search is served from an index built in memory from
 * the content.
 */
export function searchIntegration(options: {
  language: string;
  partSize: number;
  contentRoot: string;
}): AstroIntegration {
  let cache: BundleCache | undefined;
  return {
    name: "glossary-search",
    hooks: {
      "astro:config:done": ({ config }) => {
        cache = new BundleCache(fileURLToPath(new URL("search-bundle/", config.cacheDir)));
      },
      "astro:server:setup": ({ server, logger }) => {
        serveDevSearch(server, options.contentRoot, server.config.base, logger);
      },
      "astro:build:done": async ({ dir, assets, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const pages = (assets.get(TERM_ROUTE) ?? []).map((url) => relative(site, fileURLToPath(url)));
        const { pageCount, parts, reusedParts } = await indexBuiltSite(site, pages, {
          language: options.language,
          partSize: options.partSize,
          cache,
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const reused = reusedParts > 0 ? ` (${reusedParts} unchanged and reused)` : "";
        const detail =
          parts === 1 ? (reusedParts > 0 ? ", reusing the unchanged index" : "") : `, in ${parts} parts${reused}`;
        logger.info(`Indexed ${pageCount} term pages for search in ${seconds}s${detail}`);
      },
    },
  };
}
