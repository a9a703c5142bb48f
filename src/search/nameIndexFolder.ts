import type { NamedTerm } from "./nameIndex.ts";

/** Where the name index is published, relative to the site's base: `index.json` and its trees' pages. */
export const NAME_INDEX_FOLDER = "search/names/";

/** The build's working file listing every term for the name index; written by a route, removed once read. */
export const NAME_INDEX_TERMS_FILE = "search/name-index-terms.json";

/** One language's part of the working file: the folder of its pages (`` or `nl/`) and its terms. */
export interface LanguageNames {
  folder: string;
  terms: NamedTerm[];
}
