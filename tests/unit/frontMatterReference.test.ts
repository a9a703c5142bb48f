import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { normaliseText, parseEntryFile } from "../../src/core/content/entryFile.ts";
import { projectRoot } from "../helpers/astroBuild.ts";

/** Every Markdown file under a folder, recursively, as paths. */
function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile() && item.name.endsWith(".md"))
    .map((item) => join(item.parentPath, item.name));
}

/** gray-matter with the validator's YAML schema, so the two differ only in where they split the file. */
function grayMatter(text: string): { data: unknown; content: string } {
  const file = matter(text, { engines: { yaml: (yaml: string) => load(yaml, { schema: CORE_SCHEMA }) as object } });
  return { data: file.data, content: file.content };
}

const files = [
  ...markdownFiles(join(projectRoot, "content/terms")),
  ...markdownFiles(join(projectRoot, "tests/fixtures/glossary/terms")),
  ...markdownFiles(join(projectRoot, "tests/fixtures/validate")),
];

/**
 * gray-matter is the reference for splitting front matter from the body, as rehype-slug is for heading ids: on every
 * well-formed entry of the sample and the fixtures, the core's own fence reader must find the same fields and body.
 * It is no longer what splits files, because it cannot be made strict: it ends the block at the first line that
 * merely starts with `---`, dropping every key below it (shown in the last test).
 */
describe("front matter read as gray-matter reads well-formed files", () => {
  it("gives the same fields and body on every well-formed entry file", () => {
    let compared = 0;
    for (const path of files) {
      const text = normaliseText(readFileSync(path, "utf8"));
      const ours = parseEntryFile(path, text);
      if (!ours.ok) continue;
      const reference = grayMatter(text);
      expect(ours.value.source.value ?? {}, path).toEqual(reference.data);
      expect(ours.value.body.replace(/^\n/, ""), path).toBe(reference.content.replace(/^\n/, ""));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("differs only where gray-matter would drop keys: a line that starts with --- inside the block", () => {
    const text = "---\ntitle: Embargoed\n------------\ndraft: true\nrealted: [x]\n---\n\nBody.\n";
    expect(grayMatter(text).data).toEqual({ title: "Embargoed" });
    const ours = parseEntryFile("terms/embargoed.md", text);
    expect(ours.ok).toBe(false);
    if (!ours.ok) expect(ours.problems.map((p) => [p.position?.line, p.rule])).toEqual([[3, "yaml-syntax"]]);
  });
});
