import { compareProblems, formatProblem, type Problem } from "./problem.ts";

/** The output formats of a validation report. */
export const REPORT_FORMATS = ["text", "github", "json"] as const;

/** One of the report formats. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What was checked and what was found, for a report. */
export interface ReportInput {
  problems: readonly Problem[];
  /** Prefix that turns a content-relative file into the path the reader uses (e.g. `content/`). */
  prefix: string;
  /** How many entry files were checked. */
  checked: number;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** A human report: errors, then warnings under their own heading, then a one-line summary. */
export function textReport({ problems, prefix, checked }: ReportInput): string {
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  const lines = errors.map((p) => formatProblem(p, prefix));
  if (warnings.length > 0) {
    if (lines.length > 0) lines.push("");
    lines.push("Warnings (these do not fail the check):");
    // One by one: a spread of 150,000 warnings (50,000 entries) is more arguments than a call can take.
    for (const warning of warnings) lines.push(formatProblem(warning, prefix));
  }
  const files = new Set(problems.map((p) => p.file)).size;
  const found =
    problems.length === 0
      ? "no problems"
      : `${plural(errors.length, "error")} and ${plural(warnings.length, "warning")} in ${plural(files, "file")}`;
  if (lines.length > 0) lines.push("");
  lines.push(`${errors.length > 0 ? "✖" : "✔"} ${plural(checked, "entry file")} checked: ${found}`);
  return lines.join("\n");
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** GitHub Actions workflow commands: one `::error` or `::warning` annotation per problem, on its file and line. */
export function githubReport({ problems, prefix }: ReportInput): string {
  return problems
    .map((p) => {
      const { line, column } = p.position ?? { line: 1, column: 1 };
      const properties = Object.entries({ file: `${prefix}${p.file}`, line, col: column, title: p.rule })
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(",");
      const message = `${p.field ? `${p.field}: ` : ""}${p.message}`;
      return `::${p.severity} ${properties}::${escapeData(message)}`;
    })
    .join("\n");
}

/** Machine-readable results: every problem with its path, position, field, rule and severity, and the counts. */
export function jsonReport({ problems, prefix, checked }: ReportInput): string {
  const items = problems.map((p) => ({
    file: `${prefix}${p.file}`,
    line: p.position?.line ?? 1,
    column: p.position?.column ?? 1,
    ...(p.field ? { field: p.field } : {}),
    rule: p.rule,
    severity: p.severity,
    message: p.message,
  }));
  const errors = items.filter((p) => p.severity === "error").length;
  return JSON.stringify({ checked, errors, warnings: items.length - errors, problems: items }, null, 2);
}

/** Renders a report in the chosen format. */
export function report(format: ReportFormat, input: ReportInput): string {
  if (format === "github") return githubReport(input);
  if (format === "json") return jsonReport(input);
  return textReport(input);
}

/** How many warnings of each rule a summary shows in full. */
const SHOWN_PER_RULE = 3;

/**
 * The first `count` problems by file and, within a file, by position: only the problems of the first files are
 * ordered by position, so a warning located when first read (see warnings.ts) is located only if it may be shown.
 */
function firstInOrder(problems: readonly Problem[], count: number): Problem[] {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file);
    if (list) list.push(problem);
    else byFile.set(problem.file, [problem]);
  }
  const first: Problem[] = [];
  for (const file of [...byFile.keys()].sort()) {
    if (first.length >= count) break;
    first.push(...(byFile.get(file) ?? []).sort(compareProblems));
  }
  return first.slice(0, count);
}

/**
 * Warnings as the build and the dev server print them: how many of each rule, the first few of each (by file and
 * position, in whatever order `problems` come) in full, and where to find them all (`npm run validate` still lists
 * every one). Empty when there are none.
 */
export function warningSummary(problems: readonly Problem[], prefix = ""): string[] {
  const byRule = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (problem.severity !== "warning") continue;
    const list = byRule.get(problem.rule);
    if (list) list.push(problem);
    else byRule.set(problem.rule, [problem]);
  }
  if (byRule.size === 0) return [];
  const total = [...byRule.values()].reduce((sum, list) => sum + list.length, 0);
  const lines = [`${plural(total, "warning")} (these do not fail the build):`];
  for (const [rule, list] of [...byRule].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(`  ${rule}: ${list.length}`);
    for (const problem of firstInOrder(list, SHOWN_PER_RULE)) lines.push(`    ${formatProblem(problem, prefix)}`);
    if (list.length > SHOWN_PER_RULE) lines.push(`    … and ${list.length - SHOWN_PER_RULE} more`);
  }
  if ([...byRule.values()].some((list) => list.length > SHOWN_PER_RULE)) {
    lines.push(`Run \`npm run validate\` for all ${total}.`);
  }
  return lines;
}

/** How many problems each rule found, errors and warnings apart: what `validate --summary` prints. */
export interface RuleCount {
  rule: string;
  severity: Problem["severity"];
  count: number;
}

/** The problems counted by rule and severity, most frequent first, then by rule. */
export function ruleCounts(problems: readonly Problem[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const { rule, severity } of problems) {
    const key = `${severity} ${rule}`;
    const count = counts.get(key);
    if (count) count.count++;
    else counts.set(key, { rule, severity, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** The summary `validate --summary` prints: one line per rule, then the totals. */
export function summaryReport(problems: readonly Problem[], checked: number): string {
  const counts = ruleCounts(problems);
  const width = Math.max(0, ...counts.map(({ count }) => String(count).length));
  const lines = counts.map(({ rule, severity, count }) => `${String(count).padStart(width)}  ${rule}  (${severity})`);
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  lines.push(
    `${errors > 0 ? "✖" : "✔"} ${plural(checked, "entry file")} checked: ${plural(errors, "error")} and ${plural(warnings, "warning")}`,
  );
  return lines.join("\n");
}
