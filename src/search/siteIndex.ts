import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PagefindIndex } from "pagefind";
import { type BundleCache, bundleKey } from "./bundleCache.ts";
import { checked, SearchIndexError, withPagefindIndex } from "./pagefindIndex.ts";
import {
  SEARCH_PARTS_FILE,
  searchPartCount,
  searchPartFolder,
  searchPartsList,
  splitIntoParts,
} from "./searchParts.ts";

/** The folder of the search bundle in a built site (the first part of the index, and the search interface). */
const BUNDLE_FOLDER = "pagefind";

/** How many pages are handed to Pagefind at once while a part is indexed. */
const PAGES_IN_FLIGHT = 8;

/** What indexing a built site produced. */
export interface SiteIndexResult {
  /** Pages indexed, over every part. */
  pageCount: number;
  /** The parts the index was written in. */
  parts: number;
  /** The parts kept or copied from the cache because none of their pages had changed. */
  reusedParts: number;
  /** The key of each part's inputs (see bundleKey), "" without a cache: what a later build may pass as `inPlace`. */
  keys: string[];
}

/** How a built site is indexed. */
export interface SiteIndexOptions {
  /** The language every page is indexed as; undefined: each page as the language of its `<html lang>`. */
  language: string | undefined;
  /** The most term pages one part of the index holds. */
  partSize: number;
  /** Where the bundles of unchanged parts are kept from one build to the next. */
  cache?: BundleCache | undefined;
  /**
   * The keys of the parts already in the site's folder (the `keys` of the build that wrote them, when this build
   * writes into a copy of its output): a part whose key is the same is left as it is.
   */
  inPlace?: readonly string[] | undefined;
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
 * Hands the pages of a built site to a Pagefind index in their order (the order is in the bundle's bytes), a few at a
 * time; the next few are read from disk meanwhile, side by side, so that a cold page cache keeps the disk busy.
 */
async function addPages(index: PagefindIndex, dir: string, files: readonly string[]): Promise<void> {
  const readChunk = (start: number) => {
    const reading = Promise.all(
      files.slice(start, start + PAGES_IN_FLIGHT).map((file) => readFile(join(dir, file), "utf8")),
    );
    // Awaited in the next round; until then a failure must not count as unhandled.
    reading.catch(() => undefined);
    return reading;
  };
  let reading = readChunk(0);
  for (let start = 0; start < files.length; start += PAGES_IN_FLIGHT) {
    const contents = await reading;
    reading = readChunk(start + PAGES_IN_FLIGHT);
    const chunk = files.slice(start, start + PAGES_IN_FLIGHT);
    const added = await Promise.all(
      chunk.map((sourcePath, offset) => index.addHTMLFile({ sourcePath, content: contents[offset] as string })),
    );
    added.forEach((response, offset) => {
      checked(`indexing ${chunk[offset]}`, response);
    });
  }
}

/** The folders of the other parts inside the first part's folder (`part-2`…). */
const OTHER_PART = /^part-\d+$/;

/**
 * Removes what an earlier build left of a part before it is written again: the first part's files (but not the other
 * parts' folders inside it), or another part's whole folder.
 */
function clearPart(bundleDir: string, first: boolean): void {
  if (!first) {
    rmSync(bundleDir, { recursive: true, force: true });
    return;
  }
  if (!existsSync(bundleDir)) return;
  for (const name of readdirSync(bundleDir)) {
    if (!OTHER_PART.test(name)) rmSync(join(bundleDir, name), { recursive: true, force: true });
  }
}

/** Removes the folders of parts from `count` on, left by an earlier build's index in more parts. */
function removePartsFrom(firstBundleDir: string, count: number): void {
  if (!existsSync(firstBundleDir)) return;
  for (const name of readdirSync(firstBundleDir)) {
    if (OTHER_PART.test(name) && Number(name.slice("part-".length)) > count) {
      rmSync(join(firstBundleDir, name), { recursive: true, force: true });
    }
  }
}

/** Writes one part of the index from its pages with a Pagefind process of its own, closed before the next part. */
async function writePart(
  dir: string,
  files: readonly string[],
  language: string | undefined,
  bundleDir: string,
): Promise<void> {
  await withPagefindIndex(language === undefined ? {} : { forceLanguage: language }, async (index) => {
    await addPages(index, dir, files);
    checked("writing the search bundle", await index.writeFiles({ outputPath: bundleDir }));
  });
}

/**
 * Indexes the term pages of a built site with Pagefind (`pageFiles`, site-relative; on each page only its
 * `data-pagefind-body` part), into `<dir>/pagefind/`. More pages than `partSize` are indexed in parts (see
 * searchParts.ts), one after another, so Pagefind's memory is that of one part; `pagefind/parts.json` lists them.
 * With a cache, a part whose pages are the very same as when it was kept (with the same Pagefind and language) is
 * copied instead, or left as it is when the site's folder already holds it (`inPlace`). Fails when Pagefind reports an error, or when a part holds another number of pages than were
 * handed to it (a term page without its `data-pagefind-body`).
 */
export async function indexBuiltSite(
  dir: string,
  pageFiles: readonly string[],
  { language, partSize, cache, inPlace = [] }: SiteIndexOptions,
): Promise<SiteIndexResult> {
  const count = searchPartCount(pageFiles.length, partSize);
  const version = cache ? pagefindVersion() : "";
  let reusedParts = 0;
  // Pagefind writes other bytes for the same pages added in another order: sorted, builds are reproducible.
  const parts = splitIntoParts([...pageFiles].sort(), count);
  const keys: string[] = [];
  for (const [index, files] of parts.entries()) {
    const bundleDir = join(dir, BUNDLE_FOLDER, searchPartFolder(index));
    const slot = String(index + 1);
    const key = cache ? bundleKey({ dir, files, settings: [version, language ?? ""] }) : "";
    keys.push(key);
    const kept = key !== "" && inPlace[index] === key && existsSync(join(bundleDir, "pagefind-entry.json"));
    if (!kept) clearPart(bundleDir, index === 0);
    const reused = kept || cache?.restore(slot, key, bundleDir) === true;
    if (!reused) await writePart(dir, files, language, bundleDir);
    const indexed = indexedPageCount(bundleDir);
    if (indexed !== files.length) {
      throw new SearchIndexError("checking the written index", [
        `part ${index + 1} of ${parts.length} holds ${indexed} pages but ${files.length} term pages were built for it`,
      ]);
    }
    if (reused) reusedParts++;
    else cache?.store(slot, key, bundleDir);
  }
  removePartsFrom(join(dir, BUNDLE_FOLDER), parts.length);
  cache?.dropSlotsFrom(parts.length + 1);
  writeFileSync(join(dir, BUNDLE_FOLDER, SEARCH_PARTS_FILE), `${JSON.stringify(searchPartsList(parts.length))}\n`);
  return { pageCount: pageFiles.length, parts: parts.length, reusedParts, keys };
}
