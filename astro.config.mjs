// @ts-check
import { defineConfig } from "astro/config";
import { aliasPagesIntegration } from "./src/astro/aliasPagesIntegration.ts";
import { builtFilesIntegration } from "./src/astro/builtFilesIntegration.ts";
import { cacheDirFor } from "./src/astro/cacheDir.ts";
import { nameIndexIntegration } from "./src/astro/nameIndexIntegration.ts";
import { outputScanIntegration } from "./src/astro/outputScanIntegration.ts";
import { slimPreloadHelper } from "./src/astro/preloadHelper.ts";
import { searchIntegration } from "./src/astro/searchIntegration.ts";
import { ContentError } from "./src/core/checks/problem.ts";
import { basePath } from "./src/core/checks/site.ts";
import { resolveContentRoot } from "./src/core/content/contentRoot.ts";
import { loadSiteSettings } from "./src/core/content/siteFile.ts";

const contentRoot = resolveContentRoot();
const site = loadSiteSettings(contentRoot);
if (site.problems.length > 0) throw new ContentError(site.problems, contentRoot);
const base = basePath(site.settings) || "/";
const aliasPages = aliasPagesIntegration();

export default defineConfig({
  site: site.settings.url,
  base,
  trailingSlash: "always",
  cacheDir: `./${cacheDirFor(contentRoot)}`,
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  // Alias pages are written before the output scan reads every page; the scan fails the build before the search
  // index is built from pages it found unsafe.
  integrations: [
    aliasPages,
    nameIndexIntegration(),
    outputScanIntegration({ contentRoot }),
    // A site in one language has every page indexed in it; with translations, Pagefind reads each page's `lang`
    // and writes one index per language, which each page's search reads.
    searchIntegration({
      language: site.settings.translations.length > 0 ? undefined : site.settings.language,
      partSize: site.settings.searchPartSize,
      contentRoot,
    }),
    builtFilesIntegration(aliasPages.files),
  ],
  devToolbar: { enabled: false },
  // Astro's logger without a line per built page, unless asked for with --verbose (see src/astro/pageLogger.mjs).
  logger: { entrypoint: "./src/astro/pageLogger.mjs" },
  // Every script stays an external file: Vite would inline small ones, which the Content-Security-Policy blocks.
  // Vite's preload helper, which every page would load, is replaced by one that only imports (preloadHelper.ts).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [slimPreloadHelper()] },
  // Term pages are skipped when their cache key (everything a page shows) and their code are unchanged
  // since the last build: kept when the folder built into holds them already, else copied from Astro's cache.
  experimental: { incrementalBuild: true },
});
