import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { nameIndexFiles } from "../search/nameIndex.ts";
import { type LanguageNames, NAME_INDEX_FOLDER, NAME_INDEX_TERMS_FILE } from "../search/nameIndexFolder.ts";
import { writeIfChanged } from "./writtenFiles.ts";

/** Every file below `folder`, relative to it; none when there is no such folder. */
function filesBelow(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(folder.length));
  } catch {
    return [];
  }
}

/**
 * Writes the name index (src/search/nameIndex.ts) of every language of the site built into `site` to
 * `search/names/` under the language's folder (`nl/search/names/`), from the working file the build rendered,
 * then removes that file. A file already holding its exact text is left alone, and a file of an earlier build's
 * index that this one has not is removed. Returns a line for the build's log.
 */
export function writeNameIndex(site: string): string {
  const started = performance.now();
  const termsFile = join(site, NAME_INDEX_TERMS_FILE);
  const languages = JSON.parse(readFileSync(termsFile, "utf8")) as LanguageNames[];
  rmSync(termsFile);
  let written = 0;
  let files = 0;
  for (const { folder: pages, terms } of languages) {
    const folder = join(site, pages, NAME_INDEX_FOLDER);
    const index = nameIndexFiles(terms);
    for (const [path, text] of index) if (writeIfChanged(join(folder, path), text)) written++;
    for (const path of filesBelow(folder)) if (!index.has(path)) rmSync(join(folder, path));
    files += index.size;
  }
  const count = languages[0]?.terms.length ?? 0;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const where = languages.length > 1 ? ` in ${languages.length} languages` : "";
  return `Wrote the name index of ${count} terms${where} in ${seconds}s (${written} of ${files} files changed)`;
}
