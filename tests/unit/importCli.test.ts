import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorsOf, loadGlossary } from "../../src/core/content/glossary.ts";
import { runScript } from "../helpers/runScript.ts";

const fixture = (shape: string) => join(import.meta.dirname, "..", "fixtures", "import", shape);

describe("npm run import", () => {
  it("imports a Hugo folder into a valid glossary and reports what it left", () => {
    const out = join(mkdtempSync(join(tmpdir(), "import-")), "out");
    const run = runScript("import", [fixture("hugo"), "--out", out], out);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("kept out: weight");
    expect(run.stdout).toContain("/old/api/");
    expect(readFileSync(join(out, "terms/json.md"), "utf8")).toContain("[APIs](/terms/api/)");
    expect(errorsOf(loadGlossary(out))).toEqual([]);
  });

  it("refuses an output folder that exists", () => {
    const out = mkdtempSync(join(tmpdir(), "import-"));
    const run = runScript("import", [fixture("hugo"), "--out", out], out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("already exists");
  });
});
