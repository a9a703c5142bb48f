import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BundleCache, bundleKey } from "./bundleCache.ts";
import { checked, SearchIndexError, withPagefindIndex } from "./pagefindIndex.ts";

/** The built files search indexes: the term pages, and nothing else. */
export const TERM_PAGES_GLOB = "terms/*/index.html";

/** What indexing a built site produced. */
export interface SiteIndexResult {
  pageCount: number;
  /** True when the bundle was copied from the cache because no indexed page had changed. */
  reused: boolean;
}

/** The term pages of a built site, as site-relative paths matching TERM_PAGES_GLOB. */
export function termPageFiles(dir: string): string[] {
  const terms = join(dir, "terms");
  if (!existsSync(terms)) return [];
  return readdirSync(terms, { withFileTypes: true })
    .filter((item) => item.isDirectory() && existsSync(join(terms, item.name, "index.html")))
    .map((item) => `terms/${item.name}/index.html`);
}

/** The installed Pagefind's version: a new version may write a different bundle from the same pages. */
function pagefindVersion(): string {
  const packageFile = join(dirname(fileURLToPath(import.meta.resolve("pagefind"))), "..", "package.json");
  return (JSON.parse(readFileSync(packageFile, "utf8")) as { version: string }).version;
}

/** Counts the pages a written Pagefind bundle holds, from its entry file, over every language. */
export function indexedPageCount(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(join(bundleDir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Indexes the term pages of a built site with Pagefind and writes the bundle to `<dir>/pagefind/`. On each page
 * only the `data-pagefind-body` part is indexed. With a cache, a bundle made from the very same pages (and the same
 * Pagefind and language) is copied instead. Fewer pages in the bundle than `expectedPages` is a failure.
 */
export async function indexBuiltSite(
  dir: string,
  language: string,
  expectedPages: number,
  cache?: BundleCache,
): Promise<SiteIndexResult> {
  const bundleDir = join(dir, "pagefind");
  const key = cache ? bundleKey({ dir, files: termPageFiles(dir), settings: [pagefindVersion(), language] }) : "";
  const reused = cache?.restore(key, bundleDir) === true;
  if (!reused) {
    await withPagefindIndex({ forceLanguage: language }, async (index) => {
      checked("indexing the term pages", await index.addDirectory({ path: dir, glob: TERM_PAGES_GLOB }));
      checked("writing the search bundle", await index.writeFiles({ outputPath: bundleDir }));
    });
  }
  const pageCount = indexedPageCount(bundleDir);
  if (pageCount < expectedPages) {
    throw new SearchIndexError("checking the written index", [
      `it holds ${pageCount} pages but ${expectedPages} term pages were built`,
    ]);
  }
  if (!reused) cache?.store(key, bundleDir);
  return { pageCount, reused };
}
