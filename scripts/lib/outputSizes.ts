import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { summarise } from "./stats.ts";

/** What a built site weighs on disk, by kind, and what a typical term page costs a reader. */
export interface OutputSizes {
  htmlBytes: number;
  cssBytes: number;
  jsBytes: number;
  /** The search index proper: Pagefind's word index, fragments, filters and metadata. */
  searchIndexBytes: number;
  /** Pagefind's interface and runtime files, WebAssembly included (about the same for every site). */
  searchUiBytes: number;
  /** The social cards (`cards/`), and how many there are. */
  cardBytes: number;
  cards: number;
  totalBytes: number;
  /** The median gzip size of a term page's HTML. */
  termPageGzipBytes: number;
  /** The gzip size of the largest HTML page, and which it is. */
  largestPageGzipBytes: number;
  largestPage: string;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Measures a built site folder. */
export function outputSizes(dir: string): OutputSizes {
  const sizes: OutputSizes = {
    htmlBytes: 0,
    cssBytes: 0,
    jsBytes: 0,
    searchIndexBytes: 0,
    searchUiBytes: 0,
    cardBytes: 0,
    cards: 0,
    totalBytes: 0,
    termPageGzipBytes: 0,
    largestPageGzipBytes: 0,
    largestPage: "",
  };
  const termPages: number[] = [];
  for (const file of files(dir)) {
    const size = statSync(file).size;
    const relative = file.slice(dir.length + 1);
    sizes.totalBytes += size;
    if (relative.startsWith("pagefind/")) {
      const isIndex = /^pagefind\/(?:part-\d+\/)?(?:index|fragment|filter)\/|\.pf_meta$|pagefind-entry\.json$/.test(
        relative,
      );
      if (isIndex) sizes.searchIndexBytes += size;
      else sizes.searchUiBytes += size;
      continue;
    }
    if (relative.startsWith("cards/")) {
      sizes.cardBytes += size;
      sizes.cards++;
      continue;
    }
    const extension = extname(file);
    if (extension === ".html") {
      sizes.htmlBytes += size;
      const html = readFileSync(file);
      const gzipped = gzipSync(html).length;
      if (gzipped > sizes.largestPageGzipBytes) {
        sizes.largestPageGzipBytes = gzipped;
        sizes.largestPage = relative;
      }
      // An alias's address is a small redirect page in the same folder; it is not a term page.
      if (/^terms\/[^/]+\/index\.html$/.test(relative) && !html.includes('http-equiv="refresh"')) {
        termPages.push(gzipped);
      }
    } else if (extension === ".css") sizes.cssBytes += size;
    else if (extension === ".js") sizes.jsBytes += size;
  }
  sizes.termPageGzipBytes = summarise(termPages).median;
  return sizes;
}
