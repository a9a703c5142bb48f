import type * as z from "zod";
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
  return typeof value === "object" ? "a mapping" : `${typeof value} ${JSON.stringify(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  array: "a list",
  object: "a mapping of fields",
  boolean: "true or false",
  number: "a number",
};

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
      return {
        rule: "too-long",
        message: `${issue.message} (it has ${typeof issue.input === "string" ? issue.input.length : "more"})`,
      };
    case "too_small":
      return { rule: "empty", message: issue.message };
    case "invalid_value":
      return {
        rule: "invalid-value",
        message: `must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(", ")}, not ${describeValue(issue.input)}`,
      };
    case "invalid_format":
      return { rule: "invalid-format", message: issue.message };
    case "custom":
      return { rule: String(issue.params?.rule ?? "invalid"), message: issue.message };
    default:
      return { rule: "invalid", message: issue.message };
  }
}

/**
 * Turns schema issues into problems for one file, each with its field and the position of that field in the file.
 * `knownKeys` are the fields the schema allows, for "did you mean" hints on unknown keys.
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
        const guess = issue.path.length === 0 ? closestMatch(key, knownKeys) : undefined;
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
    const { rule, message } = describeIssue(issue);
    const missing = rule === "required" || issue.path.length === 0;
    const position = missing ? { line: fallbackLine, column: 1 } : source.locate(issue.path);
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
