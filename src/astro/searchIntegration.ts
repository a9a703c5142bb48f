import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { indexBuiltSite } from "../search/siteIndex.ts";
import { serveDevSearch } from "./devSearch.ts";

/** Site-relative paths of entry pages, the only pages search indexes. */
const TERM_PAGES = /^terms\/[^/]+\/?$/;

/**
 * Builds the Pagefind search index after every production build, through Pagefind's Node API; the build fails
 * when Pagefind reports an error or indexes fewer pages than there are term pages. In the dev server, search is
 * served from an index built in memory from the content.
 */
export function searchIntegration(options: { language: string; contentRoot: string }): AstroIntegration {
  return {
    name: "glossary-search",
    hooks: {
      "astro:server:setup": ({ server, logger }) => {
        serveDevSearch(server, options.contentRoot, server.config.base, logger);
      },
      "astro:build:done": async ({ dir, pages, logger }) => {
        const expected = pages.filter((page) => TERM_PAGES.test(page.pathname)).length;
        const started = performance.now();
        const { pageCount } = await indexBuiltSite(fileURLToPath(dir), options.language, expected);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Indexed ${pageCount} term pages for search in ${seconds}s`);
      },
    },
  };
}
