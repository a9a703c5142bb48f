import { readlinkSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import type { Problem } from "../checks/problem.ts";
import { errorCode, fileProblem, unreadableProblem } from "./fileProblems.ts";

/**
 * What a symbolic link in the content folder stands for. The rules, the same for every file the tools read:
 * - a link whose target lies outside the content root is an error (`symlink-outside`): it would publish a file from
 *   elsewhere on the machine that builds the site, which no review of the content repository shows;
 * - a link that points nowhere, or back at itself through other links, is an error (`symlink-broken`);
 * - a link to a folder inside the root (`folder`) is never followed: following links is how a listing loops forever
 *   or lists the same entries twice (under `terms/` it is a `symlink-folder` warning);
 * - a link to a file inside the root (`file`) is read as that file: it publishes nothing from outside the content,
 *   and a link that duplicates another entry is caught by the slug and title checks, as a copy would be.
 */
export type LinkTarget = { kind: "file" } | { kind: "folder" } | { kind: "problem"; problem: Problem };

/** The `not-a-file` problem of something that is neither a file nor a folder (a pipe, a socket, a device). */
export function notAFileProblem(file: string): Problem {
  return fileProblem(
    file,
    "is not a regular file (a pipe, socket or device): content is plain files; remove it",
    "not-a-file",
  );
}

/** Whether `path` is `root` or inside it (compare real paths, so links and `..` cannot mislead it). */
export function isWithin(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** What the link says, as written, for messages. */
function written(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return "?";
  }
}

/**
 * Resolves the symbolic link at `file` (relative to the content `root`) by the rules above. Only called for links,
 * so resolving real paths costs nothing where there is none.
 */
export function followLink(root: string, file: string): LinkTarget {
  const path = join(root, file);
  const problem = (message: string, rule: string): LinkTarget => ({
    kind: "problem",
    problem: fileProblem(file, message, rule),
  });
  try {
    const target = realpathSync(path);
    if (!isWithin(target, realpathSync(root))) {
      return problem(
        `is a symbolic link to \`${written(path)}\`, outside the content folder: the site must not publish files from elsewhere; copy what it needs into the content folder and remove the link`,
        "symlink-outside",
      );
    }
    const stats = statSync(target);
    if (stats.isDirectory()) return { kind: "folder" };
    return stats.isFile() ? { kind: "file" } : { kind: "problem", problem: notAFileProblem(file) };
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT") {
      return problem(
        `is a symbolic link to \`${written(path)}\`, which does not exist: remove the link or restore its target`,
        "symlink-broken",
      );
    }
    if (code === "ELOOP") return problem("is a symbolic link that leads back to itself: remove it", "symlink-broken");
    return { kind: "problem", problem: unreadableProblem(file, error) };
  }
}
