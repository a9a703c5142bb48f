import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { BundleCache } from "../search/bundleCache.ts";
import { indexSummary, SEARCH_JOB_VARIABLE, writeSearchJob } from "../search/searchJob.ts";
import { indexBuiltSite } from "../search/siteIndex.ts";
import { serveDevSearch } from "./devSearch.ts";

/** The route of entry pages, the only pages search indexes (alias redirect pages share their address pattern). */
const TERM_ROUTE = "/terms/[slug]";

/**
 * Builds the Pagefind search index of every production build from its term pages, through Pagefind's Node API, once
 * the output scan has passed (`astro:build:done` of the output scan runs first); a part of the index whose pages did
 * not change is reused from the last build. The build fails when Pagefind reports an error or a part holds another
 * number of pages than were built for it. Under `npm run build` (SEARCH_JOB_VARIABLE set), the integration writes
 * what to index to a file instead, and the command indexes once this process has ended. In the dev server, search
 * is served from an index built in memory from the content.
 */
export function searchIntegration(options: {
  language: string;
  partSize: number;
  contentRoot: string;
}): AstroIntegration {
  let cacheFolder = "";
  return {
    name: "glossary-search",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheFolder = fileURLToPath(new URL("search-bundle/", config.cacheDir));
      },
      "astro:server:setup": ({ server, logger }) => {
        serveDevSearch(server, options.contentRoot, server.config.base, logger);
      },
      "astro:build:done": async ({ dir, assets, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const pages = (assets.get(TERM_ROUTE) ?? []).map((url) => relative(site, fileURLToPath(url)));
        const { language, partSize } = options;
        const jobFile = process.env[SEARCH_JOB_VARIABLE];
        if (jobFile) {
          writeSearchJob(jobFile, { site, pages, language, partSize, cacheFolder });
          logger.info(`${pages.length} term pages to index for search once this process has ended`);
          return;
        }
        const result = await indexBuiltSite(site, pages, { language, partSize, cache: new BundleCache(cacheFolder) });
        logger.info(indexSummary(result, performance.now() - started));
      },
    },
  };
}
