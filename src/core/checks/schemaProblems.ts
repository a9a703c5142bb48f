import * as z from "zod";
import type { YamlSource } from "../content/yamlSource.ts";
import type { Problem } from "./problem.ts";
import { closestMatch } from "./suggest.ts";

type Issue = z.core.$ZodIssue;

/** Writes a property path the way contributors read it: `sources[1].url`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

function describeValue(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "object") return "a mapping";
  // JSON would write `.inf` and `.nan` as null.
  return typeof value === "number" ? `number ${String(value)}` : `${typeof value} ${JSON.stringify(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  array: "a list",
  object: "a mapping of fields",
  boolean: "true or false",
  number: "a number",
  int: "a whole number",
};

/** Whether an issue carries zod's own wording, because the schema gave it no message of its own. */
function hasDefaultMessage(issue: Issue): boolean {
  const fallback = z.config().localeError?.(issue as Parameters<z.core.$ZodErrorMap>[0]);
  return issue.message === (typeof fallback === "string" ? fallback : fallback?.message);
}

/** How long a text or a list is, when the value is one. */
function sizeOf(input: unknown): number | undefined {
  return typeof input === "string" || Array.isArray(input) ? input.length : undefined;
}

/** A bound in words: "at least one item", "at most 80 characters", "exactly 2 characters", "at least 3". */
function boundWords(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === "too_small";
  const limit = small ? issue.minimum : issue.maximum;
  let how = small ? "at least" : "at most";
  if (issue.exact) how = "exactly";
  else if (issue.inclusive === false) how = small ? "more than" : "fewer than";
  const noun = issue.origin === "string" ? "character" : issue.origin === "array" ? "item" : undefined;
  if (!noun) return `${how} ${limit}`;
  return `${how} ${limit === 1 ? "one" : String(limit)} ${noun}${limit === 1 ? "" : "s"}`;
}

/**
 * A too_small or too_big issue in a contributor's words: the schema's own message when it has one, else e.g.
 * "must not be empty", "must have at least 2 characters (it has 1)", "must list at most 5 items (it has 7)".
 */
function describeBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): { rule: string; message: string } {
  const size = sizeOf(issue.input);
  const rule = issue.code === "too_big" ? "too-long" : size === 0 ? "empty" : "too-short";
  const has = size === undefined || size === 0 ? "" : ` (it has ${size})`;
  if (!hasDefaultMessage(issue)) return { rule, message: `${issue.message}${rule === "too-long" ? has : ""}` };
  if (rule === "empty" && issue.origin === "string") return { rule, message: "must not be empty" };
  const verb = issue.origin === "string" ? "have" : issue.origin === "array" ? "list" : "be";
  return { rule, message: `must ${verb} ${boundWords(issue)}${has}` };
}

/** An invalid_format issue in a contributor's words: the schema's own message when it has one. */
function describeFormat(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (!hasDefaultMessage(issue)) return issue.message;
  if (issue.format === "regex" && issue.pattern) return `is not in the expected form: it must match ${issue.pattern}`;
  if ("prefix" in issue) return `must start with \`${String(issue.prefix)}\``;
  if ("suffix" in issue) return `must end with \`${String(issue.suffix)}\``;
  if ("includes" in issue) return `must contain \`${String(issue.includes)}\``;
  if (issue.format === "lowercase" || issue.format === "uppercase") return `must be written in ${issue.format}`;
  return `is not a valid ${issue.format.replace(/_/g, " ")}`;
}

function describeIssue(issue: Issue): { rule: string; message: string } {
  if (issue.input === undefined && issue.code !== "custom" && issue.code !== "unrecognized_keys") {
    return { rule: "required", message: "is required" };
  }
  switch (issue.code) {
    case "invalid_type":
      return {
        rule: "wrong-type",
        message: `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`,
      };
    case "too_big":
    case "too_small":
      return describeBound(issue);
    case "invalid_value":
      return {
        rule: "invalid-value",
        message: `must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(", ")}, not ${describeValue(issue.input)}`,
      };
    case "invalid_format":
      return { rule: "invalid-format", message: describeFormat(issue) };
    case "custom":
      return { rule: String(issue.params?.rule ?? "invalid"), message: issue.message };
    case "invalid_union":
      return {
        rule: "wrong-type",
        message: `must be a name or an object such as \`{ name: CD, ambiguous: true }\`, not ${describeValue(issue.input)}`,
      };
    default:
      return { rule: "invalid", message: issue.message };
  }
}

/**
 * Turns schema issues into problems for one file, each with its field and the position of that field in the file.
 * `knownKeys` are the fields the schema allows, for "did you mean" hints on unknown keys; a nested field is written
 * as its path (`warnings.related-one-way`).
 */
export function schemaProblems(
  issues: readonly Issue[],
  file: string,
  source: YamlSource,
  knownKeys: readonly string[],
  fallbackLine = 1,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const prefix = issue.path.length === 0 ? "" : `${fieldName(issue.path)}.`;
        const siblings = knownKeys.flatMap((known) => {
          const rest = known.startsWith(prefix) ? known.slice(prefix.length) : undefined;
          return rest === undefined || rest.includes(".") ? [] : [rest];
        });
        const guess = closestMatch(key, siblings);
        problems.push({
          file,
          field: fieldName(path),
          position: source.locate(path, true),
          message: `is not a known field${guess ? `; did you mean \`${guess}\`?` : ""}`,
          rule: "unknown-key",
          severity: "error",
        });
      }
      continue;
    }
    if (issue.code === "invalid_union") {
      // Report the problems of the form the value was written in (a name, or an object with `name`), if any is.
      const branch = issue.errors.find(
        (list) => !list.some((inner) => inner.code === "invalid_type" && inner.path.length === 0),
      );
      if (branch) {
        const inner = branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue);
        problems.push(...schemaProblems(inner, file, source, knownKeys, fallbackLine));
        continue;
      }
    }
    const { rule, message } = describeIssue(issue);
    // A missing field is shown where it belongs: on the item that lacks it, or at the top for a top-level field.
    const at = rule === "required" ? issue.path.slice(0, -1) : issue.path;
    const position = at.length === 0 ? { line: fallbackLine, column: 1 } : source.locate(at);
    problems.push({
      file,
      field: fieldName(issue.path),
      position,
      message,
      rule,
      severity: "error",
    });
  }
  return problems;
}
