import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { BundleCache } from "../search/bundleCache.ts";
import { indexBuiltSite, type SiteIndexing, startSiteIndex } from "../search/siteIndex.ts";
import { serveDevSearch } from "./devSearch.ts";

/** The route of entry pages, the only pages search indexes (alias redirect pages share their address pattern). */
const TERM_ROUTE = "/terms/[slug]";

/**
 * Builds the Pagefind search index of every production build, through Pagefind's Node API, or reuses the last one
 * when no term page changed; the build fails when Pagefind reports an error or indexes another number of pages than
 * there are term pages. Indexing starts as soon as the pages are written (`astro:build:generated`), so Pagefind's
 * process works while Node scans the output (`astro:build:done` of the output scan, which runs first); the bundle
 * is written once the scan has passed (a build that fails meanwhile ends its process, and Pagefind's with it: the
 * Astro CLI and `npm run build` exit). In the dev server, search is served from an index built in memory from the
 * content.
 */
export function searchIntegration(options: { language: string; contentRoot: string }): AstroIntegration {
  let cache: BundleCache | undefined;
  let indexing: { started: number; index: SiteIndexing } | undefined;
  return {
    name: "glossary-search",
    hooks: {
      "astro:config:done": ({ config }) => {
        cache = new BundleCache(fileURLToPath(new URL("search-bundle/", config.cacheDir)));
      },
      "astro:server:setup": ({ server, logger }) => {
        serveDevSearch(server, options.contentRoot, server.config.base, logger);
      },
      "astro:build:generated": async ({ dir }) => {
        // Awaited until Pagefind has been handed the pages: from then on it indexes in its own process.
        const started = performance.now();
        indexing = { started, index: await startSiteIndex(fileURLToPath(dir), options.language, cache) };
      },
      "astro:build:done": async ({ dir, assets, logger }) => {
        const expected = assets.get(TERM_ROUTE)?.length ?? 0;
        const current = indexing;
        indexing = undefined;
        const started = current?.started ?? performance.now();
        const { pageCount, reused } = current
          ? await current.index.finish(expected)
          : await indexBuiltSite(fileURLToPath(dir), options.language, expected, cache);
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
