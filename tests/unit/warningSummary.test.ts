import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/core/checks/problem.ts";
import { warningSummary } from "../../src/core/checks/report.ts";

const warning = (file: string, rule: string): Problem => ({
  file,
  position: { line: 1, column: 1 },
  message: "a message",
  rule,
  severity: "warning",
});

/**
 * The build and the dev server print warnings as a summary: a glossary of 10,000 one-way links once printed 40,022
 * warning lines before its pages; `npm run validate` still lists every one.
 */
describe("the warning summary of a build", () => {
  it("counts each rule, shows its first three by file and points at validate for the rest", () => {
    const problems = [
      ...Array.from({ length: 10_000 }, (_, i) => warning(`terms/t${i}.md`, "related-one-way")),
      warning("terms/lonely.md", "orphan"),
      { ...warning("terms/bad.md", "title-duplicate"), severity: "error" as const },
    ];
    expect(warningSummary(problems, "content/")).toEqual([
      "10001 warnings (these do not fail the build):",
      "  orphan: 1",
      "    content/terms/lonely.md:1:1  a message  (orphan)",
      "  related-one-way: 10000",
      "    content/terms/t0.md:1:1  a message  (related-one-way)",
      "    content/terms/t1.md:1:1  a message  (related-one-way)",
      "    content/terms/t10.md:1:1  a message  (related-one-way)",
      "    … and 9997 more",
      "Run `npm run validate` for all 10001.",
    ]);
  });

  it("orders what it shows by file and position however the problems come, locating only the files it shows", () => {
    const located: string[] = [];
    const lazy = (file: string, line: number): Problem => ({
      ...warning(file, "related-one-way"),
      get position() {
        located.push(`${file}:${line}`);
        return { line, column: 1 };
      },
    });
    const problems = [lazy("terms/z.md", 1), lazy("terms/b.md", 9), lazy("terms/y.md", 2), lazy("terms/b.md", 3)];
    expect(warningSummary(problems.reverse()).slice(2, 5)).toEqual([
      "    terms/b.md:3:1  a message  (related-one-way)",
      "    terms/b.md:9:1  a message  (related-one-way)",
      "    terms/y.md:2:1  a message  (related-one-way)",
    ]);
    expect(located.some((at) => at.startsWith("terms/z.md"))).toBe(false);
  });

  it("says nothing when there is no warning, and lists few warnings whole", () => {
    expect(warningSummary([])).toEqual([]);
    expect(warningSummary([warning("terms/a.md", "orphan")])).toEqual([
      "1 warning (these do not fail the build):",
      "  orphan: 1",
      "    terms/a.md:1:1  a message  (orphan)",
    ]);
  });
});
