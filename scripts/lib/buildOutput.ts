import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The file every build writes at the top of its output. A folder holding it is an earlier build's output, which the
 * next build may replace whole; no other folder is ever deleted.
 */
export const BUILD_MARKER = ".glossary-build";

/** Files any output of `npm run build` has, from before the marker existed: the home page, terms.json, the index. */
const OUTPUT_SHAPE = ["index.html", "terms.json", "pagefind/pagefind-entry.json"];

/** Marks a freshly built folder as a build's output, so a later build may replace it. */
export function markBuildOutput(dir: string): void {
  writeFileSync(
    join(dir, BUILD_MARKER),
    "This folder is the output of `npm run build` of the glossary generator; the next build replaces it whole.\n",
  );
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** Tells whether a folder holds the marker every build writes at the top of its output. */
export function isMarkedOutput(dir: string): boolean {
  return isFile(join(dir, BUILD_MARKER));
}

/**
 * Tells whether an existing folder may be replaced by a build: it holds the marker, or has the shape of an output
 * built before the marker existed (`index.html`, `terms.json` and `pagefind/pagefind-entry.json`), or is empty.
 */
export function isReplaceableOutput(dir: string): boolean {
  if (isMarkedOutput(dir) || OUTPUT_SHAPE.every((file) => isFile(join(dir, file)))) return true;
  return readdirSync(dir).length === 0;
}
