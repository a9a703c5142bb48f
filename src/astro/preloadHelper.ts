import type { Plugin } from "vite";

/**
 * The module Vite wraps every dynamic `import()` of browser code in (its id, which Vite does not export): a
 * function that also preloads the imported chunk's dependencies and stylesheets, about 900 bytes gzipped that every
 * page would load. Vite has no public option to leave it out (`build.modulePreload: false` keeps the wrapper), so
 * this module is the one place that names it, and tests/output/preloadHelper.test.ts fails when a build stops
 * using it (after an upgrade, say).
 */
export const PRELOAD_HELPER_ID = "\0vite/preload-helper.js";

/** What the slim helper exports: the wrapper, which only loads the module. */
export const SLIM_PRELOAD_HELPER = "export const __vitePreload = (load) => load();";

/**
 * Replaces Vite's preload helper with one that only calls the import. The site's lazily loaded chunks import no
 * stylesheet (the search dialog links its own) and each fetches its static imports as any module does, so the
 * preloading only saved a round trip on a first search, at the cost of every page's bytes.
 */
export function slimPreloadHelper(): Plugin {
  return {
    name: "glossary-slim-preload-helper",
    enforce: "pre",
    apply: "build",
    load(id) {
      return id === PRELOAD_HELPER_ID ? SLIM_PRELOAD_HELPER : undefined;
    },
  };
}
