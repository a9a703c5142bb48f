import { isAbsolute, relative } from "node:path";

/** Where in a content file a problem was found: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** How serious a problem is: errors stop the build, warnings are reported only. */
export type Severity = "error" | "warning";

/** One thing wrong with the content, tied to a file and, where known, a field and a position. */
export interface Problem {
  /** Path of the file, relative to the content root, with forward slashes. */
  file: string;
  /** Front-matter field the problem is about, e.g. `related[2]`; absent for whole-file problems. */
  field?: string;
  /** Position of the field or node in the file; absent when unknown. */
  position?: Position;
  /** What is wrong, in one sentence, with a hint on how to fix it where there is one. */
  message: string;
  /** Stable identifier of the rule that found it, e.g. `related-missing`. */
  rule: string;
  severity: Severity;
}

/**
 * Control characters (line breaks, terminal escapes) as visible `\uXXXX` escapes: a value or file name quoted in a
 * report cannot break its line, forge another report line or CI annotation, or drive the terminal.
 */
function visible(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Formats a problem as `path:line:column  message  (rule)`, the shape editors and CI annotations understand. */
export function formatProblem(problem: Problem, prefix = ""): string {
  const { line, column } = problem.position ?? { line: 1, column: 1 };
  const where = problem.field ? `${visible(problem.field)}: ` : "";
  return `${prefix}${visible(problem.file)}:${line}:${column}  ${where}${visible(problem.message)}  (${problem.rule})`;
}

/** Orders problems by file, then line, then column, so reports read top to bottom. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const pa = a.position ?? { line: 0, column: 0 };
  const pb = b.position ?? { line: 0, column: 0 };
  return pa.line - pb.line || pa.column - pb.column;
}

/** Shows a content root the short way: relative to the working directory when inside it, else as given. */
export function displayRoot(root: string, cwd = process.cwd()): string {
  const rel = relative(cwd, root);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? root : rel;
}

/**
 * Thrown when content has errors; its message lists every problem, not just the first. It carries no stack trace:
 * the fault is in the content, not the code, so tools that print errors show only the message.
 */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], contentRoot: string) {
    const errors = problems.filter((p) => p.severity === "error");
    const lines = errors.map((p) => formatProblem(p, `${displayRoot(contentRoot)}/`));
    const noun = errors.length === 1 ? "error" : "errors";
    super(`The glossary content has ${errors.length} ${noun}:\n${lines.join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
    this.stack = "";
  }
}

/**
 * Appends problems to a list one by one: `list.push(...more)` passes every item as an argument, and a glossary of
 * 50,000 entries has more warnings (150,000 one-way links) than a call can take.
 */
export function addProblems(list: Problem[], more: Iterable<Problem>): void {
  for (const problem of more) list.push(problem);
}
