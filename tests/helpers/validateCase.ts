import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { formatProblem } from "../../src/core/checks/problem.ts";
import { loadGlossary } from "../../src/core/content/glossary.ts";

/** The folder of validator fixtures: `_base/` is a valid glossary, every other folder one case laid over it. */
export const VALIDATE_FIXTURES = join(import.meta.dirname, "../fixtures/validate");

/** The case folders, by name. */
export function validateCases(): string[] {
  return readdirSync(VALIDATE_FIXTURES)
    .filter((name) => !name.startsWith("_"))
    .sort();
}

/**
 * Builds a case's content folder: the base glossary, minus the files the case's `DELETE` lists, plus the case's own
 * files (which replace base files of the same path). Returns the folder; the caller removes it.
 */
export function caseFolder(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `validate-${name}-`));
  cpSync(join(VALIDATE_FIXTURES, "_base"), root, { recursive: true });
  const caseDir = join(VALIDATE_FIXTURES, name);
  const deletions = join(caseDir, "DELETE");
  if (existsSync(deletions)) {
    for (const path of readFileSync(deletions, "utf8").split("\n").filter(Boolean)) rmSync(join(root, path));
  }
  cpSync(caseDir, root, {
    recursive: true,
    filter: (source) => !["expected.txt", "DELETE"].includes(source.split(/[\\/]/).pop() ?? ""),
  });
  return root;
}

/** The validator's report for a case, one problem a line, as in `expected.txt` (warnings marked `warning`). */
export function caseReport(root: string): string[] {
  return loadGlossary(root).problems.map((p) => `${p.severity === "warning" ? "warning " : ""}${formatProblem(p)}`);
}

/**
 * Case folders that are removed after each test: call the returned function with a case name to get a fresh copy.
 * Registers the clean-up with vitest's `afterEach`.
 */
export function caseFolders(): (name: string) => string {
  const created: string[] = [];
  afterEach(() => {
    for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  return (name) => {
    const root = caseFolder(name);
    created.push(root);
    return root;
  };
}
