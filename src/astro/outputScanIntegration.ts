import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { loadGlossary } from "../core/content/glossary.ts";
import { pageSources, scanBuiltSite, UnsafeOutputError } from "../core/publish/outputScan.ts";
import { ScanCache } from "./scanCache.ts";

/**
 * Scans every page a production build wrote for markup that could run script or leave the page unsafely
 * (`unsafeMarkup`), and fails the build if there is any, naming each page and the entry file it came from. It is
 * registered before the search integration, so a site that fails is not indexed. Pages whose exact bytes an earlier
 * scan by the same rules found clean are not parsed again (`ScanCache`).
 */
export function outputScanIntegration(options: { contentRoot: string }): AstroIntegration {
  let base = "/";
  let cache: ScanCache | undefined;
  return {
    name: "glossary-output-scan",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
        cache = new ScanCache(config.cacheDir, config.root);
      },
      "astro:build:done": ({ dir, logger }) => {
        const started = performance.now();
        const { pages, findings, skipped, clean } = scanBuiltSite(fileURLToPath(dir), base, cache?.read());
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const unchanged = skipped > 0 ? ` (${skipped} of them unchanged since they were last found clean)` : "";
        logger.info(`Scanned ${pages} pages for unsafe markup in ${seconds}s${unchanged}`);
        cache?.write(clean);
        if (findings.length > 0) {
          throw new UnsafeOutputError(findings, pageSources(loadGlossary(options.contentRoot)), options.contentRoot);
        }
      },
    },
  };
}
