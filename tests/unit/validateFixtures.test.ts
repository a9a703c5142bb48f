import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseFolder, caseReport, VALIDATE_FIXTURES, validateCases } from "../helpers/validateCase.ts";

/**
 * One folder per rule under tests/fixtures/validate/: the files that break the base glossary, and the exact
 * report the validator must give (`expected.txt`, one problem a line, warnings marked). A rule with several cases
 * has one folder per case, `<rule>--<case>`.
 */
describe.each(validateCases())("validator fixture %s", (name) => {
  it("reports exactly what expected.txt says", () => {
    const root = caseFolder(name);
    try {
      const expected = readFileSync(join(VALIDATE_FIXTURES, name, "expected.txt"), "utf8")
        .split("\n")
        .filter(Boolean);
      expect(caseReport(root)).toEqual(expected);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("is about the rule it is named after", () => {
    const expected = readFileSync(join(VALIDATE_FIXTURES, name, "expected.txt"), "utf8");
    if (name.startsWith("valid-")) expect(expected).toBe("");
    else expect(expected).toContain(`(${name.split("--")[0]})`);
  });
});

describe("the base glossary of the fixtures", () => {
  it("is valid and has no warnings", () => {
    const root = caseFolder("valid-bom-crlf-tabs");
    try {
      expect(caseReport(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
