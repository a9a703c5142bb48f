import { lstatSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "../checks/problem.ts";
import { fileProblem, unreadableProblem } from "./fileProblems.ts";
import { followLink, notAFileProblem } from "./symlinks.ts";
import { readTextFile } from "./textFile.ts";

/** Result of reading a glossary file that may not exist: its text (undefined when absent), or why it cannot be read. */
export type OptionalFileResult = { ok: true; text: string | undefined } | { ok: false; problem: Problem };

/**
 * Reads a glossary file at the top of the content folder (`site.yaml`, `categories.yaml`) as UTF-8 text of at most
 * 1 MiB. A file that is not there is not a problem; a folder in its place, a link the rules of `followLink` refuse,
 * one too large, not UTF-8 or unreadable is one, naming `name`.
 */
export function readOptionalFile(root: string, name: string): OptionalFileResult {
  const path = join(root, name);
  try {
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (!stats) return { ok: true, text: undefined };
    const target = stats.isSymbolicLink() ? followLink(root, name) : undefined;
    if (target?.kind === "problem") return { ok: false, problem: target.problem };
    if (stats.isDirectory() || target?.kind === "folder") {
      const message = target
        ? `is a symbolic link to a folder: ${name} must be a file; remove the link`
        : `is a folder: ${name} must be a file; rename or remove the folder`;
      return { ok: false, problem: fileProblem(name, message, "not-a-file") };
    }
    if (!target && !stats.isFile()) {
      return { ok: false, problem: notAFileProblem(name) };
    }
  } catch (error) {
    return { ok: false, problem: unreadableProblem(name, error) };
  }
  const read = readTextFile(path, name, {
    bytes: 1024 * 1024,
    over: `the 1 MiB limit for ${name}: remove what does not belong`,
  });
  return read.ok ? { ok: true, text: read.text } : read;
}
