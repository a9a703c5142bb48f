import type { Problem, Severity } from "../checks/problem.ts";

/** A problem with a whole file or folder (no field), at its top. */
export function fileProblem(file: string, message: string, rule: string, severity: Severity = "error"): Problem {
  return { file, position: { line: 1, column: 1 }, message, rule, severity };
}

/** The code of a file-system error (`ENOENT`, `EACCES`…), when it has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

/** What went wrong, and what a contributor can do about it, for the file-system errors content can run into. */
const REASONS: Record<string, [reason: string, fix: string]> = {
  EACCES: ["permission denied", "make it readable"],
  EPERM: ["permission denied", "make it readable"],
  ENAMETOOLONG: ["its path is longer than the file system allows", "use shorter folder or file names"],
  ELOOP: ["it goes through too many symbolic links", "replace the links with the files themselves"],
  EISDIR: ["it is a folder where a file belongs", "rename or remove it"],
  ENOTDIR: ["part of its path is a file where a folder belongs", "rename or remove that file"],
  ENOENT: ["it disappeared while the content was read", "run the check again"],
  EIO: ["the disk reported an error", "check the disk, or restore the file"],
};

/**
 * Turns a file-system error on a file or folder into a problem naming it (`file-unreadable`), so that no error of the
 * file system ever reaches a contributor as an exception.
 */
export function unreadableProblem(file: string, error: unknown): Problem {
  const code = errorCode(error);
  const [reason, fix] = (code && REASONS[code]) || ["the file system refused it", "check that it is a readable file"];
  return fileProblem(file, `cannot be read (${reason}${code ? `, ${code}` : ""}): ${fix}`, "file-unreadable");
}
