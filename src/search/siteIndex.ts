import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PagefindIndex } from "pagefind";
import * as pagefind from "pagefind";
import { type BundleCache, bundleKey } from "./bundleCache.ts";
import { checked, SearchIndexError } from "./pagefindIndex.ts";

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
 * Indexing a built site that has started: `finish` waits for it, writes the bundle, checks that it holds exactly
 * `expectedPages` pages, and only then keeps it in the cache.
 */
export interface SiteIndexing {
  finish(expectedPages: number): Promise<SiteIndexResult>;
}

/**
 * Starts indexing the term pages of a built site with Pagefind, to write the bundle to `<dir>/pagefind/` when
 * finished. On each page only the `data-pagefind-body` part is indexed. With a cache, a bundle made from the very
 * same pages (and the same Pagefind and language) is copied instead. Pagefind reads and indexes the pages in its own
 * process, so whatever Node does meanwhile (the output scan) runs beside it; `finish` always closes Pagefind, so
 * call it even when the build has failed meanwhile.
 */
export async function startSiteIndex(dir: string, language: string, cache?: BundleCache): Promise<SiteIndexing> {
  const bundleDir = join(dir, "pagefind");
  const key = cache ? bundleKey({ dir, files: termPageFiles(dir), settings: [pagefindVersion(), language] }) : "";
  if (cache?.restore(key, bundleDir) === true) {
    return {
      finish: async (expected) => checkPageCount({ pageCount: indexedPageCount(bundleDir), reused: true }, expected),
    };
  }
  let started: { index: PagefindIndex; adding: Promise<{ errors: string[] }> };
  try {
    const { index } = checked("starting Pagefind", await pagefind.createIndex({ forceLanguage: language }));
    if (!index) throw new SearchIndexError("starting Pagefind", ["no index was created"]);
    started = { index, adding: index.addDirectory({ path: dir, glob: TERM_PAGES_GLOB }) };
    // Awaited by `finish`; until then a failure must not count as unhandled.
    started.adding.catch(() => undefined);
  } catch (error) {
    await pagefind.close();
    throw error;
  }
  return {
    finish: async (expected) => {
      try {
        checked("indexing the term pages", await started.adding);
        checked("writing the search bundle", await started.index.writeFiles({ outputPath: bundleDir }));
      } finally {
        await pagefind.close();
      }
      const result = checkPageCount({ pageCount: indexedPageCount(bundleDir), reused: false }, expected);
      cache?.store(key, bundleDir);
      return result;
    },
  };
}

/** Checks that a written bundle holds exactly the term pages that were built. */
function checkPageCount(result: SiteIndexResult, expectedPages: number): SiteIndexResult {
  if (result.pageCount !== expectedPages) {
    throw new SearchIndexError("checking the written index", [
      `it holds ${result.pageCount} pages but ${expectedPages} term pages were built`,
    ]);
  }
  return result;
}

/** Indexes the term pages of a built site with Pagefind at once (see `startSiteIndex`) and checks the page count. */
export async function indexBuiltSite(
  dir: string,
  language: string,
  expectedPages: number,
  cache?: BundleCache,
): Promise<SiteIndexResult> {
  return (await startSiteIndex(dir, language, cache)).finish(expectedPages);
}
