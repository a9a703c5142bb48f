import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { seededRandom } from "../../scripts/lib/random.ts";
import { projectRoot } from "../helpers/astroBuild.ts";
import { crashLines, mutateEntry } from "../helpers/entryFuzz.ts";
import { runScript } from "../helpers/runScript.ts";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `glossary-${name}-`));
  folders.push(folder);
  return folder;
}

interface JsonReport {
  errors: number;
  problems: { file: string; line: number; column: number; rule: string; severity: string; message: string }[];
}

function validateJson(root: string): { status: number | null; report: JsonReport; stderr: string } {
  const run = runScript("validate", ["--format", "json"], root);
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

function build(root: string): { status: number | null; output: string; outDir: string } {
  const outDir = join(tempFolder("agree-out"), "site");
  const run = runScript("build", ["--out-dir", outDir], root);
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

/**
 * `validate` and `build` run the same checks: on a glossary of seeded mutated entries they must come to the same
 * verdict, the build must list every error `validate` lists, neither may print a stack trace, and once the files
 * with errors are removed the rest must build, scanned clean, into a complete site.
 */
describe("validate and build on mutated content", () => {
  const root = tempFolder("agree");
  cpSync(join(projectRoot, "tests/fixtures/validate/_base"), root, { recursive: true });
  const base = readFileSync(join(root, "terms/beta.md"), "utf8");
  const random = seededRandom(2026);
  for (let index = 0; index < 24; index++) {
    const text = base.replace("title: Beta", `title: Fuzz ${index}`);
    writeFileSync(join(root, `terms/fuzz-${index}.md`), mutateEntry(text, random));
  }

  it("agree on a glossary with errors, and name every one", () => {
    const checked = validateJson(root);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toBe("");
    const built = build(root);
    expect(built.status).toBe(1);
    expect(crashLines(built.output)).toEqual([]);
    expect(existsSync(built.outDir)).toBe(false);
    for (const problem of checked.report.problems.filter((p) => p.severity === "error")) {
      expect(built.output).toContain(`${problem.file}:${problem.line}:${problem.column}`);
    }
  }, 120_000);

  it("agree once the files with errors are gone, and the build is complete and clean", () => {
    for (let round = 0; round < 3; round++) {
      const { report } = validateJson(root);
      if (report.errors === 0) break;
      for (const file of new Set(report.problems.filter((p) => p.severity === "error").map((p) => p.file))) {
        if (existsSync(file) && file.includes("/terms/fuzz-")) unlinkSync(file);
      }
    }
    const checked = validateJson(root);
    expect(checked.status).toBe(0);
    const built = build(root);
    expect(crashLines(built.output)).toEqual([]);
    expect(built.status).toBe(0);
    expect(existsSync(join(built.outDir, "terms/alpha/index.html"))).toBe(true);
  }, 120_000);
});
