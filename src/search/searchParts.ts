/**
 * A large glossary's search index is written in parts, each a Pagefind bundle of its own, that search reads together
 * (Pagefind's `mergeIndex`). The first part is the bundle at `pagefind/`, which also holds the search interface;
 * the others sit inside it, at `pagefind/part-2/`, `pagefind/part-3/`…, listed in `pagefind/parts.json`.
 */

/** The file in the first part's folder that lists the folders of the other parts, relative to it. */
export const SEARCH_PARTS_FILE = "parts.json";

/** What `parts.json` holds: the other parts' folders, relative to the first part's, in order. */
export interface SearchPartsList {
  parts: string[];
}

/** How many parts an index of `pages` term pages is written in, when one part holds at most `partSize`. */
export function searchPartCount(pages: number, partSize: number): number {
  return Math.max(1, Math.ceil(pages / partSize));
}

/** The folder of part `index` (from 0), relative to the first part's folder: "" for the first. */
export function searchPartFolder(index: number): string {
  return index === 0 ? "" : `part-${index + 1}/`;
}

/** The list of the other parts' folders for an index in `count` parts, as `parts.json` holds it. */
export function searchPartsList(count: number): SearchPartsList {
  return { parts: Array.from({ length: count - 1 }, (_, index) => searchPartFolder(index + 1)) };
}

/** 32-bit FNV-1a of a string's UTF-16 code units: a stable, evenly spread number for the same string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The part (from 0) a term page belongs to, from its path alone: the same page stays in the same part while the
 * number of parts does not change, so an edit re-indexes one part, and adding or removing a page changes one part.
 */
export function searchPartOf(pagePath: string, count: number): number {
  return count === 1 ? 0 : fnv1a(pagePath) % count;
}

/**
 * Term page paths sorted into at most `count` parts by `searchPartOf`, each part in the order the paths came. A part
 * no page falls in is left out (Pagefind's search fails on a bundle without pages), except the one part of an index
 * with no pages at all.
 */
export function splitIntoParts(pagePaths: readonly string[], count: number): string[][] {
  const parts = Array.from({ length: count }, (): string[] => []);
  for (const path of pagePaths) parts[searchPartOf(path, count)]?.push(path);
  const filled = parts.filter((part) => part.length > 0);
  return filled.length > 0 ? filled : [[]];
}
