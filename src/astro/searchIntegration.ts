import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { BundleCache } from "../search/bundleCache.ts";
import { indexSummary, SEARCH_JOB_VARIABLE, writeSearchJob } from "../search/searchJob.ts";
import { indexBuiltSite } from "../search/siteIndex.ts";
import { serveDevSearch } from "./devSearch.ts";

/** The routes of entry pages in every language, the only pages search indexes (alias pages share the pattern). */
const TERM_ROUTES = ["/terms/[slug]", "/[lang]/terms/[slug]"];

/**
 * Builds the Pagefind search index of every production build from its term pages, through Pagefind's Node API, once
 * the output scan has passed (`astro:build:done` of the output scan runs first); a part of the index whose pages did
 * not change is reused from the last build. The build fails when Pagefind reports an error or a part holds another
 * number of pages than were built for it. Under `npm run build` (SEARCH_JOB_VARIABLE set), the integration writes
 * what to index to a file instead, and the command indexes once this process has ended. In the dev server, search
 * is served from an index built in memory from the content.
 */
export function searchIntegration(options: {
  language: string | undefined;
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
        const pages = TERM_ROUTES.flatMap((route) => assets.get(route) ?? []).map((url) =>
          relative(site, fileURLToPath(url)),
        );
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
