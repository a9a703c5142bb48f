import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadGlossary } from "../../src/core/content/glossary.ts";
import { glossaryMentions } from "../../src/core/graph/markdownMentions.ts";
import { projectRoot } from "../helpers/astroBuild.ts";

const root = mkdtempSync(join(tmpdir(), "glossary-parser-limits-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Sätteri, the Markdown parser, has limits of its own: about 40,000 character references in one paragraph (a
 * 200 kB body of `&amp;`) exhaust its memory. Such a body is a located problem of its file, not a crash of
 * `validate`, and the mention listing passes over it.
 */
describe("a body the Markdown parser cannot read", () => {
  it("is reported as body-unparsable, and nothing else breaks", () => {
    cpSync(join(projectRoot, "tests/fixtures/validate/_base"), root, { recursive: true });
    const front = "---\ntitle: Amp\ndescription: A body of references.\ncategory: basics\nlevel: beginner\n";
    writeFileSync(join(root, "terms/amp.md"), `${front}published: 2026-04-21\n---\n\n${"&amp;".repeat(40_000)}\n`);
    const glossary = loadGlossary(root);
    const problems = glossary.problems.filter(
      (problem) => problem.file === "terms/amp.md" && problem.severity === "error",
    );
    expect(problems.map((problem) => [problem.rule, problem.position?.line])).toEqual([["body-unparsable", 8]]);
    expect(problems[0]?.message).toContain("split very long paragraphs");
    expect(() => glossaryMentions(glossary)).not.toThrow();
  }, 30_000);
});
