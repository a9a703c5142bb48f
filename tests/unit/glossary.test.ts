import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, formatProblem } from "../../src/core/checks/problem.ts";
import { errorsOf, loadGlossary, publishedEntries } from "../../src/core/content/glossary.ts";
import { entryText, VALID_FRONT_MATTER, withField } from "../helpers/entryText.ts";

const CATEGORIES = "- id: core-concepts\n  title: Core\n  description: Core ideas.\n";

/** Writes a content folder from a map of relative paths to file contents. */
function contentFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "glossary-unit-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function entry(title: string, extra: string[] = []): string {
  return entryText([...withField("title", `title: ${title}`), ...extra]);
}

/** The errors of a content folder as `file field rule` (warnings have their own fixtures). */
const rules = (root: string) => errorsOf(loadGlossary(root)).map((p) => `${p.file} ${p.field ?? "-"} ${p.rule}`);

describe("loadGlossary", () => {
  it("loads a valid folder with no problems, drafts kept but not published", () => {
    const root = contentFolder({
      "categories.yaml": CATEGORIES,
      "terms/a.md": entry("A", ["related: [b]"]),
      "terms/sub/b.md": entry("B", ["related: [a]"]),
      "terms/c.md": entry("C", ["draft: true", "related: [a]"]),
    });
    const glossary = loadGlossary(root);
    expect(errorsOf(glossary)).toEqual([]);
    expect(glossary.entries.map((e) => e.slug).sort()).toEqual(["a", "b", "c"]);
    expect(
      publishedEntries(glossary)
        .map((e) => e.slug)
        .sort(),
    ).toEqual(["a", "b"]);
    expect(glossary.settings.title).toBe("Glossary");
  });

  it("reports an unknown category with the closest id and the allowed list", () => {
    const root = contentFolder({
      "categories.yaml": CATEGORIES,
      "terms/a.md": entryText(withField("category", "category: core-concept")),
    });
    const [problem] = loadGlossary(root).problems;
    expect(problem).toMatchObject({ rule: "category-unknown", field: "category", position: { line: 6, column: 11 } });
    expect(problem?.message).toContain("did you mean `core-concepts`?");
    expect(problem?.message).toContain("use one of: core-concepts");
  });

  it("reports related entries that are missing (with the closest slug), the entry itself, repeated, or drafts", () => {
    const root = contentFolder({
      "categories.yaml": CATEGORIES,
      "terms/neural-network.md": entry("Neural Network"),
      "terms/draft.md": entry("Draft", ["draft: true"]),
      "terms/a.md": entry("A", ["related: [nueral-network, a, neural-network, neural-network, draft]"]),
    });
    const problems = errorsOf(loadGlossary(root)).filter((p) => p.file === "terms/a.md");
    expect(problems.map((p) => `${p.field} ${p.rule}`)).toEqual([
      "related[0] related-missing",
      "related[1] related-self",
      "related[3] related-duplicate",
      "related[4] related-draft",
    ]);
    expect(problems[0]?.message).toContain("did you mean `neural-network`?");
    const line = "related: [nueral-network, a, neural-network, neural-network, draft]";
    expect(problems[0]?.position).toEqual({ line: 7, column: line.indexOf("nueral") + 1 });
    expect(problems[2]?.position?.column).toBe(line.lastIndexOf("neural-network") + 1);
  });

  it("does not call an entry missing when it exists but is itself invalid", () => {
    const root = contentFolder({
      "categories.yaml": CATEGORIES,
      "terms/broken.md": entryText(withField("level", "level: guru")),
      "terms/a.md": entry("A", ["related: [broken]"]),
    });
    expect(rules(root)).toEqual(["terms/broken.md level invalid-value"]);
  });

  it("reports two files with the same slug in different folders", () => {
    const root = contentFolder({
      "categories.yaml": CATEGORIES,
      "terms/one/same.md": entry("One"),
      "terms/two/same.md": entry("Two"),
    });
    const problems = errorsOf(loadGlossary(root));
    expect(problems.map((p) => `${p.file} ${p.rule}`)).toEqual(["terms/two/same.md slug-duplicate"]);
    expect(problems[0]?.message).toContain("terms/one/same.md");
  });

  it("reports a missing or invalid categories.yaml, and duplicate category ids", () => {
    expect(rules(contentFolder({ "terms/a.md": entryText() }))).toEqual(["categories.yaml - categories-missing"]);
    expect(
      rules(
        contentFolder({
          "categories.yaml": "- id: Core Concepts\n  title: x\n  description: y\n",
          "terms/a.md": entryText(),
        }),
      ),
    ).toEqual(["categories.yaml [0].id invalid-format"]);
    expect(
      rules(contentFolder({ "categories.yaml": `${CATEGORIES}${CATEGORIES}`, "terms/a.md": entryText() })),
    ).toEqual(["categories.yaml [1].id category-duplicate"]);
  });

  it("reports every problem of every category at once, and still checks the entries' categories", () => {
    const root = contentFolder({
      "categories.yaml": [
        "- id: Core Concepts",
        "  title: Core",
        "  description: Core ideas.",
        "- id: methods",
        "  title: Methods",
        "- id: tools",
        "  title: Tools",
        "  description: Software.",
      ].join("\n"),
      "terms/a.md": entryText(withField("category", "category: tool")),
      "terms/b.md": entryText(["title: B", ...withField("category", "category: methods").slice(1)]),
    });
    const problems = errorsOf(loadGlossary(root));
    expect(problems.map((p) => `${p.file} ${p.field ?? "-"} ${p.rule}`)).toEqual([
      "categories.yaml [0].id invalid-format",
      "categories.yaml [1].description required",
      "terms/a.md category category-unknown",
    ]);
    expect(problems[2]?.message).toBe(
      "`tool` is not a category in categories.yaml; did you mean `tools`? use one of: methods, tools",
    );
  });

  it("reports a missing terms folder, and warns about files that are not entries", () => {
    expect(rules(contentFolder({ "categories.yaml": CATEGORIES }))).toEqual(["terms - terms-missing"]);
    const root = contentFolder({ "categories.yaml": CATEGORIES, "terms/a.md": entryText(), "terms/notes.txt": "x" });
    const glossary = loadGlossary(root);
    expect(glossary.problems.filter((p) => p.rule === "not-an-entry").map((p) => p.severity)).toEqual(["warning"]);
    expect(errorsOf(glossary)).toEqual([]);
  });

  it("reports invalid site settings", () => {
    const root = contentFolder({
      "categories.yaml": CATEGORIES,
      "terms/a.md": entryText(),
      "site.yaml": "titel: x\nurl: ftp://x\n",
    });
    expect(rules(root)).toEqual(["site.yaml titel unknown-key", "site.yaml url url-protocol"]);
  });

  it("gathers every problem of every file, sorted by file and line", () => {
    const root = contentFolder({
      "categories.yaml": CATEGORIES,
      "terms/b.md": entryText([...withField("title", "title: Other"), "realted: []"]),
      "terms/a.md": entryText(withField("level", "level: guru")),
    });
    expect(rules(root)).toEqual(["terms/a.md level invalid-value", "terms/b.md realted unknown-key"]);
  });
});

describe("ContentError", () => {
  it("lists every error with file, position, field and rule, and carries no stack trace", () => {
    const root = contentFolder({
      "categories.yaml": CATEGORIES,
      "terms/a.md": entryText([...VALID_FRONT_MATTER, "realted: []"]),
    });
    const glossary = loadGlossary(root);
    const error = new ContentError(glossary.problems, root);
    expect(error.message).toContain("1 error:");
    expect(error.message).toContain(
      `${root}/terms/a.md:7:1  realted: is not a known field; did you mean \`related\`?  (unknown-key)`,
    );
    expect(error.stack).toBe("");
    expect(formatProblem({ file: "f.md", message: "m", rule: "r", severity: "error" })).toBe("f.md:1:1  m  (r)");
  });
});
