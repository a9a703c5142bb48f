import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checked, SearchIndexError, withPagefindIndex } from "./pagefindIndex.ts";

/** The built files search indexes: the term pages, and nothing else. */
export const TERM_PAGES_GLOB = "terms/*/index.html";

/** What indexing a built site produced. */
export interface SiteIndexResult {
  pageCount: number;
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
 * only the `data-pagefind-body` part is indexed. Fewer pages in the written index than `expectedPages` is a failure.
 */
export async function indexBuiltSite(dir: string, language: string, expectedPages: number): Promise<SiteIndexResult> {
  const bundleDir = join(dir, "pagefind");
  return withPagefindIndex({ forceLanguage: language }, async (index) => {
    checked("indexing the term pages", await index.addDirectory({ path: dir, glob: TERM_PAGES_GLOB }));
    checked("writing the search bundle", await index.writeFiles({ outputPath: bundleDir }));
    const pageCount = indexedPageCount(bundleDir);
    if (pageCount < expectedPages) {
      throw new SearchIndexError("checking the written index", [
        `it holds ${pageCount} pages but ${expectedPages} term pages were built`,
      ]);
    }
    return { pageCount };
  });
}
