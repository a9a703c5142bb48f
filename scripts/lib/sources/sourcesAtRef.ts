import { spawnSync } from "node:child_process";
import { basename, dirname } from "node:path";
import { parseEntryFile } from "../../../src/core/content/entryFile.ts";

/**
 * The source URLs an entry file had at a git revision (`origin/main`), read with `git show`; an empty set when the
 * file did not exist there or its front matter did not parse, so that every source of it counts as new.
 */
export function sourcesAtRef(file: string, ref: string): Set<string> {
  const shown = spawnSync("git", ["show", `${ref}:./${basename(file)}`], {
    cwd: dirname(file),
    encoding: "utf8",
    maxBuffer: 4 * 1024 * 1024,
  });
  if (shown.status !== 0) return new Set();
  const parsed = parseEntryFile(basename(file), shown.stdout);
  if (!parsed.ok) return new Set();
  const sources = (parsed.value.source.value as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return new Set();
  return new Set(
    sources.flatMap((source) =>
      source && typeof source === "object" && typeof (source as { url?: unknown }).url === "string"
        ? [(source as { url: string }).url]
        : [],
    ),
  );
}

/** Whether `ref` names a revision git knows in the repository holding `folder`. */
export function isKnownRef(folder: string, ref: string): boolean {
  return spawnSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: folder }).status === 0;
}
