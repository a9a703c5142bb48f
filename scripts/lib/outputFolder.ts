import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { displayRoot } from "../../src/core/checks/problem.ts";
import { isWithin } from "../../src/core/content/symlinks.ts";
import { BUILD_MARKER, isReplaceableOutput } from "./buildOutput.ts";
import { realPath } from "./realPath.ts";

/** The folders of the project that no build may write into or replace. */
const PROJECT_FOLDERS = [
  "src",
  "public",
  "scripts",
  "tests",
  "content",
  ".github",
  ".ci",
  "node_modules",
  ".git",
] as const;

/** The places a build's output must stay clear of. */
export interface KeepOut {
  /** The content folder being built. */
  contentRoot: string;
  /** The project's root folder (where package.json is). */
  projectRoot: string;
}

/** The repository holding the project: the nearest folder from the project up that has `.git`; undefined if none. */
function repositoryRoot(projectRoot: string): string | undefined {
  for (let dir = projectRoot; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** How `path` stands to a protected folder, as the end of a sentence; undefined when it is clear of it. */
function clash(path: string, folder: string, name: string, { inside = true, around = true } = {}): string | undefined {
  if (path === folder) return `is ${name}`;
  if (inside && isWithin(path, folder)) return `lies inside ${name}`;
  if (around && isWithin(folder, path)) return `contains ${name}`;
  return undefined;
}

/**
 * Why a build must not write its output to `outDir`, as the end of a sentence ("--out-dir x <reason>"); undefined
 * when it may. The output is swapped in whole and the folder it replaces deleted, so it must not be, contain or lie
 * inside the content folder or the project's own folders, must not be or contain the project or repository root,
 * and, when it exists, must be an earlier build's output (see `isReplaceableOutput`). Paths are compared as real
 * paths, symbolic links resolved.
 */
export function outputFolderRefusal(outDir: string, keepOut: KeepOut): string | undefined {
  let out: string;
  let reason: string | undefined;
  try {
    out = realPath(outDir);
    const project = realPath(keepOut.projectRoot);
    const repository = repositoryRoot(project);
    const content = realPath(keepOut.contentRoot);
    reason = [
      clash(out, content, `the content folder ${displayRoot(content)}`),
      clash(out, project, "the project's root folder", { inside: false }),
      repository && repository !== project
        ? clash(out, repository, `the repository's root folder ${displayRoot(repository)}`, { inside: false })
        : undefined,
      ...PROJECT_FOLDERS.map((folder) =>
        clash(out, realPath(join(project, folder)), `the project's ${folder}/ folder`, { around: false }),
      ),
    ].find(Boolean);
  } catch (error) {
    return `cannot be checked: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (reason) return `${reason}, which a build must never replace: choose a folder of its own, e.g. dist`;
  for (let parent = dirname(out); parent !== dirname(parent); parent = dirname(parent)) {
    if (existsSync(parent) && !statSync(parent).isDirectory()) {
      return `lies under ${displayRoot(parent)}, which is a file: choose a folder for the site, e.g. dist`;
    }
  }
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return "is a file, not a folder: choose a folder for the site, e.g. dist";
  if (isReplaceableOutput(out)) return undefined;
  return (
    `already exists and is not the output of an earlier build (it has no ${BUILD_MARKER} file, nor the index.html, ` +
    "terms.json and pagefind/ a build writes): a build only replaces its own output, so choose another folder, " +
    "or empty or remove this one yourself"
  );
}
