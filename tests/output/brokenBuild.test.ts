import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { astroBuild, projectRoot } from "../helpers/astroBuild.ts";
import { runScript } from "../helpers/runScript.ts";

describe("a glossary with invalid entries", () => {
  it("fails the build, naming every file and field, with no stack trace and no output", async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), "glossary-broken-")), "dist");
    const { code, output } = await astroBuild(join(projectRoot, "tests/fixtures/broken-glossary"), outDir);
    expect(code).not.toBe(0);
    expect(output).toContain("The glossary content has 3 errors:");
    expect(output).toMatch(/terms\/alpha\.md:4:11 {2}category: `basic` is not a category .*did you mean `basics`\?/);
    expect(output).toMatch(/terms\/alpha\.md:7:1 {2}realted: is not a known field; did you mean `related`\?/);
    expect(output).toMatch(
      /terms\/beta\.md:7:11 {2}related\[0\]: no entry has the slug `alpah`; did you mean `alpha`\?/,
    );
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain("Stack trace");
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });
});

describe("validate and build", () => {
  it("fail on the same bad entry, naming the same files, positions and fields", async () => {
    const content = join(projectRoot, "tests/fixtures/broken-glossary");
    const outDir = join(mkdtempSync(join(tmpdir(), "glossary-broken-")), "dist");
    const build = await astroBuild(content, outDir);
    const validate = runScript("validate", [], content);
    expect(build.code).toBe(1);
    expect(validate.status).toBe(1);
    const located = (text: string) =>
      [...text.matchAll(/(terms\/[\w.-]+\.md:\d+:\d+ {2}[\w.[\]]+:)/g)].map((match) => match[1]).sort();
    expect(located(validate.stdout)).toHaveLength(3);
    expect(located(build.output)).toEqual(located(validate.stdout));
  });
});
