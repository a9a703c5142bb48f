import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * The variable naming the file a build lists its pages in: every file Astro wrote for a route or kept because its
 * cache key had not changed, site-relative. `npm run build` sets it when it builds into an earlier output, to tell
 * the pages this build kept from those an earlier build left behind.
 */
export const BUILT_FILES_VARIABLE = "GLOSSARY_BUILT_FILES";

/** The files Astro wrote or kept for every route of a build (the `assets` of `astro:build:done`), site-relative. */
export function routeFiles(dir: URL, assets: ReadonlyMap<string, readonly URL[]>): string[] {
  const site = fileURLToPath(dir);
  return [...assets.values()].flat().map((url) => relative(site, fileURLToPath(url)));
}

/**
 * Lists the files of every route a production build wrote or kept, and those `alsoBuilt` names (the alias pages),
 * when `BUILT_FILES_VARIABLE` asks for it.
 */
export function builtFilesIntegration(alsoBuilt: () => readonly string[] = () => []): AstroIntegration {
  return {
    name: "glossary-built-files",
    hooks: {
      "astro:build:done": ({ dir, assets }) => {
        const listFile = process.env[BUILT_FILES_VARIABLE];
        if (!listFile) return;
        const files = [...routeFiles(dir, assets), ...alsoBuilt()];
        writeFileSync(listFile, JSON.stringify(files));
      },
    },
  };
}
