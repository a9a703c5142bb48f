import { describe, expect, it } from "vitest";
import { addProblems, type Problem } from "../../src/core/checks/problem.ts";
import { REPORT_FORMATS, report, warningSummary } from "../../src/core/checks/report.ts";

/** More warnings than a function call takes as arguments: a 50,000-entry glossary had 152,032. */
const COUNT = 300_000;

const warnings: Problem[] = Array.from({ length: COUNT }, (_, index) => ({
  file: `terms/entry-${index}.md`,
  field: "related[0]",
  position: { line: 8, column: 11 },
  message: "does not list this entry in its related",
  rule: "related-one-way",
  severity: "warning",
}));

describe("reports of very many problems", () => {
  it("collect them without passing them all as arguments", () => {
    const list: Problem[] = [];
    expect(() => addProblems(list, warnings)).not.toThrow();
    expect(list).toHaveLength(COUNT);
  });

  it.each(REPORT_FORMATS)("print every one in the %s format", (format) => {
    const output = report(format, { problems: warnings, prefix: "content/", checked: COUNT });
    const mentioned = output.split("entry-").length - 1;
    expect(mentioned).toBe(COUNT);
  });

  it("summarise them for the build's log", () => {
    const summary = warningSummary(warnings);
    expect(summary[0]).toContain(`${COUNT} warnings`);
    expect(summary.at(-1)).toContain(`for all ${COUNT}`);
  });
});
