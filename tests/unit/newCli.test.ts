import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../src/core/content/glossary.ts";
import { runScript } from "../helpers/runScript.ts";
import { caseFolders } from "../helpers/validateCase.ts";

const fresh = caseFolders();
const folder = () => fresh("valid-bom-crlf-tabs");
const create = (root: string, ...args: string[]) => runScript("new", args, root);

describe("npm run new", () => {
  it("creates a valid entry named after the term, dated today, in the chosen category and level", () => {
    const root = folder();
    const run = create(root, "Zero-Shot Learning", "--category", "methods", "--level", "advanced");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Created ${root}/terms/zero-shot-learning.md`);
    const glossary = loadGlossary(root);
    const entry = glossary.entries.find((e) => e.slug === "zero-shot-learning");
    expect(entry?.data).toMatchObject({
      title: "Zero-Shot Learning",
      category: "methods",
      level: "advanced",
      published: new Date().toISOString().slice(0, 10),
    });
    expect(glossary.problems.filter((p) => p.severity === "error")).toEqual([]);
    const text = readFileSync(join(root, "terms/zero-shot-learning.md"), "utf8");
    expect(text.match(/^## .+$/gm)).toEqual(["## Why it matters", "## How it works", "## Example"]);
    expect(glossary.problems.filter((p) => p.rule === "placeholder")).toHaveLength(2);
  });

  it("defaults the level to beginner and quotes titles YAML would misread", () => {
    const root = folder();
    expect(create(root, "Yes: No?", "--category", "basics").status).toBe(0);
    const entry = loadGlossary(root).entries.find((e) => e.slug === "yes-no");
    expect(entry?.data.title).toBe("Yes: No?");
    expect(entry?.data.level).toBe("beginner");
  });

  it("refuses to overwrite, and refuses a name another entry has as slug, title or alias", () => {
    const root = folder();
    const before = readFileSync(join(root, "terms/beta.md"), "utf8");
    const sameSlug = create(root, "beta", "--category", "basics");
    expect(sameSlug.status).toBe(1);
    expect(sameSlug.stderr).toContain("terms/beta.md already has the slug `beta`");
    expect(readFileSync(join(root, "terms/beta.md"), "utf8")).toBe(before);
    const gpu = readFileSync(join(root, "terms/alpha.md"), "utf8").replace(
      "title: Alpha",
      "title: Graphics Processing Unit",
    );
    writeFileSync(join(root, "terms/gpu.md"), gpu);
    const sameTitle = create(root, "graphics processing UNIT", "--category", "basics");
    expect(sameTitle.status).toBe(1);
    expect(sameTitle.stderr).toContain("terms/gpu.md already has the title `Graphics Processing Unit`");
  });

  it("refuses a name that is another entry's alias", () => {
    const root = fresh("alias-duplicate");
    const run = create(root, "B", "--category", "basics");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("terms/beta.md already has `B` as an alias");
  });

  it("exits 2 with the usage when the name, category or level is missing or wrong", () => {
    const root = folder();
    for (const args of [
      [],
      ["Gamma"],
      ["Gamma", "--category", "nope"],
      ["Gamma", "--category", "basics", "--level", "guru"],
      ["!!!", "--category", "basics"],
      ["A", "B"],
    ]) {
      const run = create(root, ...args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain("Usage: npm run new");
    }
    expect(create(root, "Gamma").stderr).toContain("choose the category with --category, one of: basics, methods");
  });
});
