import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { loadGlossary } from "../core/content/glossary.ts";
import { pageSources, scanBuiltSite, UnsafeOutputError } from "../core/publish/outputScan.ts";

/**
 * Scans every page a production build wrote for markup that could run script or leave the page unsafely
 * (`unsafeMarkup`), and fails the build if there is any, naming each page and the entry file it came from. It is
 * registered before the search integration, so a site that fails is not indexed.
 */
export function outputScanIntegration(options: { contentRoot: string }): AstroIntegration {
  let base = "/";
  return {
    name: "glossary-output-scan",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir, logger }) => {
        const started = performance.now();
        const { pages, findings } = scanBuiltSite(fileURLToPath(dir), base);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Scanned ${pages} pages for unsafe markup in ${seconds}s`);
        if (findings.length > 0) {
          throw new UnsafeOutputError(findings, pageSources(loadGlossary(options.contentRoot)), options.contentRoot);
        }
      },
    },
  };
}
