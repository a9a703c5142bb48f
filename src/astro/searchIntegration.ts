import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { BundleCache } from "../search/bundleCache.ts";
import { indexBuiltSite } from "../search/siteIndex.ts";
import { serveDevSearch } from "./devSearch.ts";

/** The route of entry pages, the only pages search indexes (alias redirect pages share their address pattern). */
const TERM_ROUTE = "/terms/[slug]";

/**
 * Builds the Pagefind search index after every production build, through Pagefind's Node API, or reuses the last
 * one when no term page changed; the build fails when Pagefind reports an error or indexes fewer pages than there
 * are term pages. In the dev server, search is served from an index built in memory from the content.
 */
export function searchIntegration(options: { language: string; contentRoot: string }): AstroIntegration {
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
        const expected = assets.get(TERM_ROUTE)?.length ?? 0;
        const started = performance.now();
        const { pageCount, reused } = await indexBuiltSite(fileURLToPath(dir), options.language, expected, cache);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          reused
            ? `Reused the search index of ${pageCount} unchanged term pages in ${seconds}s`
            : `Indexed ${pageCount} term pages for search in ${seconds}s`,
        );
      },
    },
  };
}
