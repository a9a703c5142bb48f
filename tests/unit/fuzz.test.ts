import { isUtf8 } from "node:buffer";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { seededRandom } from "../../scripts/lib/random.ts";
import type { Problem } from "../../src/core/checks/problem.ts";
import { loadGlossary } from "../../src/core/content/glossary.ts";
import { projectRoot } from "../helpers/astroBuild.ts";
import { crashLines, mutateEntry } from "../helpers/entryFuzz.ts";

/** Real entries to mutate: the fixture glossary's and a few of the sample's. */
const seeds = [
  ...["alpha", "beta"].map((name) =>
    readFileSync(join(projectRoot, `tests/fixtures/validate/_base/terms/${name}.md`), "utf8"),
  ),
  ...readdirSync(join(projectRoot, "content/terms"))
    .slice(0, 8)
    .map((name) => readFileSync(join(projectRoot, "content/terms", name), "utf8")),
];

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Problems every report must be able to show: a file, a rule id, a message, a real position, no crash text. */
function malformed(problem: Problem): string | undefined {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(problem.rule)) return `rule \`${problem.rule}\``;
  if (!problem.file || problem.message.trim() === "") return "no file or message";
  if (problem.position && (problem.position.line < 1 || problem.position.column < 1)) return "position before the file";
  if (crashLines(problem.message).length > 0) return `crash text in ${problem.message}`;
  return undefined;
}

/**
 * Seeded fuzzing of the whole reading and checking pipeline: hundreds of mutated entry files, read as one glossary
 * per batch, must never throw, and every problem must name its file, rule and position. The seed is fixed, so a
 * failure is reproducible; a bounded count keeps it to a few seconds.
 */
describe("mutated entry files", () => {
  it.each([1, 2, 3, 4, 5, 6])("never crash the checks and always give located problems (seed %i)", (seed) => {
    const random = seededRandom(seed);
    const root = mkdtempSync(join(tmpdir(), `glossary-fuzz-${seed}-`));
    folders.push(root);
    cpSync(join(projectRoot, "tests/fixtures/validate/_base"), root, { recursive: true });
    const count = 60;
    const notText = new Set<string>();
    for (let index = 0; index < count; index++) {
      const seedText = seeds[index % seeds.length] ?? "";
      const bytes = mutateEntry(seedText, random);
      writeFileSync(join(root, `terms/fuzz-${seed}-${index}.md`), bytes);
      if (!isUtf8(bytes) || bytes.includes(0)) notText.add(`terms/fuzz-${seed}-${index}.md`);
    }
    const glossary = loadGlossary(root);
    const bad = glossary.problems.flatMap((problem) => {
      const why = malformed(problem);
      return why ? [`${problem.file}: ${why}`] : [];
    });
    expect(bad).toEqual([]);
    const files = new Set(glossary.problems.map((problem) => problem.file));
    // Bytes that are not UTF-8 text are reported as such, never published with replacement characters.
    const reportedNotText = glossary.problems.filter((problem) => problem.rule === "not-text").map((p) => p.file);
    expect(new Set(reportedNotText)).toEqual(notText);
    const entries = new Set(glossary.entries.map((entry) => entry.file));
    // Every mutated file either became an entry or was reported.
    for (let index = 0; index < count; index++) {
      const file = `terms/fuzz-${seed}-${index}.md`;
      expect(entries.has(file) || files.has(file), file).toBe(true);
    }
  });
});
