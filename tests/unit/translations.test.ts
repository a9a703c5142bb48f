import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Problem } from "../../src/core/checks/problem.ts";
import { errorsOf, type Glossary, loadGlossary, publishedEntries } from "../../src/core/content/glossary.ts";
import { basicEntry, dutchTranslation } from "../helpers/entryText.ts";
import { temporaryFolders } from "../helpers/temporaryFolders.ts";

const folder = temporaryFolders("translations");

const CATEGORIES =
  "- id: basics\n  title: Basics\n  description: First ideas.\n- id: methods\n  title: Methods\n  description: Ways of working.\n";

const entry = (title: string, extra: string[] = [], body = "Text.\n\n## How it works\n\nIt works.\n") =>
  basicEntry(title, extra, body);

const dutch = (title: string, extra: string[] = [], body = "Tekst.\n\n## Hoe het werkt\n\nHet werkt.\n") =>
  dutchTranslation(title, extra, body);

/** A glossary translated into Dutch (two entries linking each other), with `files` added or replacing its own. */
function content(files: Record<string, string> = {}): string {
  return folder({
    "site.yaml": "language: en\ntranslations: [nl]\n",
    "categories.yaml": CATEGORIES,
    "terms/alpha.md": entry(
      "Alpha",
      ["related: [beta]"],
      "See [beta](/terms/beta/).\n\n## How it works\n\nIt works.\n",
    ),
    "terms/beta.md": entry(
      "Beta",
      ["related: [alpha]"],
      "See [alpha](/terms/alpha/).\n\n## How it works\n\nIt works.\n",
    ),
    ...files,
  });
}

/** Folders outside every content folder, removed after the tests. */
const outside: string[] = [];
afterAll(() => {
  for (const path of outside) rmSync(path, { recursive: true, force: true });
});

/** The glossary of a content folder; loading never throws, whatever the folder holds. */
function load(root: string): Glossary {
  let glossary: Glossary | undefined;
  expect(() => {
    glossary = loadGlossary(root);
  }).not.toThrow();
  if (!glossary) throw new Error("the glossary did not load");
  return glossary;
}

/** What a test asserts of a problem: where, which field, which rule, how serious. */
const shape = (p: Problem) => ({ file: p.file, field: p.field, rule: p.rule, severity: p.severity });

const dutchEdition = (glossary: Glossary) => glossary.editions.find((edition) => edition.language === "nl");

describe("translations: each file on its own", () => {
  it("reads a valid translation into the Dutch edition, merged with its entry, with no problems", () => {
    const glossary = load(content({ "nl/terms/alpha.md": dutch("Alfa", ["aliases: [A-term]"]) }));
    expect(glossary.problems).toEqual([]);
    const edition = dutchEdition(glossary);
    expect(edition?.files).toEqual(["nl/terms/alpha.md"]);
    expect(edition?.entries).toHaveLength(1);
    expect(edition?.entries[0]).toMatchObject({
      slug: "alpha",
      file: "nl/terms/alpha.md",
      data: { title: "Alfa", category: "basics", level: "beginner", related: ["beta"], aliases: ["A-term"] },
    });
  });

  it("rejects the fields a translation takes from its entry, naming each field and the entry's file", () => {
    const root = content({
      "nl/terms/alpha.md": dutch("Alfa", ["category: methods", "level: advanced", "related: [beta]"]),
    });
    const glossary = load(root);
    expect(glossary.problems.map(shape)).toEqual(
      ["category", "level", "related"].map((field) => ({
        file: "nl/terms/alpha.md",
        field,
        rule: "translation-field",
        severity: "error",
      })),
    );
    expect(glossary.problems[0]?.position).toEqual({ line: 5, column: 1 });
    expect(glossary.problems[0]?.message).toContain("comes from the entry it translates (terms/alpha.md)");
    expect(dutchEdition(glossary)?.entries).toEqual([]);
  });

  it("reports an unknown key with the closest field", () => {
    const glossary = load(content({ "nl/terms/alpha.md": dutch("Alfa", ["aliasses: [A]"]) }));
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/terms/alpha.md", field: "aliasses", rule: "unknown-key", severity: "error" },
    ]);
    expect(glossary.problems[0]?.message).toContain("did you mean `aliases`?");
  });

  it("reports a translation of no entry, with the closest slug", () => {
    const glossary = load(content({ "nl/terms/alpah.md": dutch("Alfa") }));
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/terms/alpah.md", field: undefined, rule: "translation-orphan", severity: "error" },
    ]);
    expect(glossary.problems[0]?.message).toBe(
      "translates no entry: there is no terms/alpah.md; did you mean `alpha.md`?",
    );
  });

  it.each([
    ["no closing fence", "---\ntitle: Alfa\npublished: 2026-05-01\n\nTekst.\n", "front-matter-unclosed"],
    ["an empty file", "", "front-matter-missing"],
    ["only fences", "---\n---\n\nTekst.\n", "front-matter-empty"],
    ["a list for front matter", "---\n- title\n---\n\nTekst.\n", "front-matter-empty"],
    ["a NUL byte", "---\ntitle: A\u0000\n---\n", "not-text"],
  ])("reports %s as one problem of the file", (_, text, rule) => {
    const glossary = load(content({ "nl/terms/alpha.md": text }));
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/terms/alpha.md", field: undefined, rule, severity: "error" },
    ]);
    expect(dutchEdition(glossary)?.entries).toEqual([]);
  });

  it("reads a translation with a byte-order mark and CRLF line endings as any other", () => {
    const text = `\uFEFF${dutch("Alfa", ["aliases: [A-term]"])}`.replace(/\n/g, "\r\n");
    const glossary = load(content({ "nl/terms/alpha.md": text }));
    expect(glossary.problems).toEqual([]);
    expect(dutchEdition(glossary)?.entries[0]?.data).toMatchObject({ title: "Alfa", aliases: ["A-term"] });
  });

  it("reports raw HTML in a translation's body exactly as in an entry's", () => {
    const body = "Tekst <script>alert(1)</script>.\n\n<script>steal()</script>\n";
    const glossary = load(
      content({ "nl/terms/alpha.md": dutch("Alfa", [], body), "terms/gamma.md": entry("Gamma", [], body) }),
    );
    const errors = glossary.problems.filter((p) => p.severity === "error");
    const of = (file: string) => errors.filter((p) => p.file === file).map((p) => [p.rule, p.message]);
    expect(of("nl/terms/alpha.md")).toHaveLength(2);
    expect(of("nl/terms/alpha.md")).toEqual(of("terms/gamma.md"));
    expect(
      of("nl/terms/alpha.md").every(([rule, message]) => rule === "raw-html" && message?.includes("<script>")),
    ).toBe(true);
  });
});

describe("translations: against their entries and each other", () => {
  it("warns about a translation older than its entry's last change, with both dates and the entry's file", () => {
    const root = content({
      "terms/alpha.md": entry("Alpha", ["related: [beta]", "updated: 2026-06-02"]),
      "nl/terms/alpha.md": dutch("Alfa"),
      "nl/terms/beta.md": dutch("Bèta", ["updated: 2026-05-20"]),
      "terms/beta.md": entry("Beta", ["related: [alpha]", "updated: 2026-06-01"]),
    });
    const glossary = load(root);
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/terms/alpha.md", field: "published", rule: "translation-stale", severity: "warning" },
      { file: "nl/terms/beta.md", field: "updated", rule: "translation-stale", severity: "warning" },
    ]);
    expect(glossary.problems[0]?.message).toBe(
      "the English entry changed on 2026-06-02, after this translation (2026-05-01); the translation may be out of date: check it against terms/alpha.md, then set `updated`",
    );
  });

  it("gives a translated entry the translation's dates, never its entry's `updated`", () => {
    const root = content({
      "terms/alpha.md": entry("Alpha", ["related: [beta]", "updated: 2026-06-02"]),
      "nl/terms/alpha.md": dutch("Alfa").replace("2026-05-01", "2026-07-01"),
    });
    const glossary = load(root);
    expect(glossary.problems).toEqual([]);
    const data = dutchEdition(glossary)?.entries[0]?.data;
    expect(data?.published).toBe("2026-07-01");
    expect(data?.updated).toBeUndefined();
  });

  it("keeps the translation of a draft entry a draft, and a translation marked draft one too", () => {
    const root = content({
      "terms/gamma.md": entry("Gamma", ["draft: true"]),
      "nl/terms/gamma.md": dutch("Gamma NL"),
      "nl/terms/alpha.md": dutch("Alfa", ["draft: true"]),
      "nl/terms/beta.md": dutch("Bèta"),
    });
    const glossary = load(root);
    expect(glossary.problems).toEqual([]);
    const edition = dutchEdition(glossary);
    expect(edition?.entries.find((e) => e.slug === "gamma")?.data.draft).toBe(true);
    expect(edition?.entries.find((e) => e.slug === "alpha")?.data.draft).toBe(true);
    expect(edition && publishedEntries(edition).map((e) => e.slug)).toEqual(["beta"]);
  });

  it("reports two translations with the same title, on the second", () => {
    const glossary = load(content({ "nl/terms/alpha.md": dutch("Zelfde"), "nl/terms/beta.md": dutch("zelfde") }));
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/terms/beta.md", field: "title", rule: "title-duplicate", severity: "error" },
    ]);
    expect(glossary.problems[0]?.message).toContain("already the title of nl/terms/alpha.md");
  });

  it("reports a Dutch alias that is another translation's title, and not one that is only another entry's English title", () => {
    const root = content({
      "terms/gamma.md": entry("Gamma", ["related: [alpha]"]),
      "nl/terms/alpha.md": dutch("Alfa", ["aliases: [Gamma]"]),
      "nl/terms/beta.md": dutch("Tweede", ["aliases: [alfa]"]),
    });
    const glossary = load(root);
    expect(errorsOf(glossary).map(shape)).toEqual([
      { file: "nl/terms/beta.md", field: "aliases[0]", rule: "alias-conflict", severity: "error" },
    ]);
    expect(errorsOf(glossary)[0]?.message).toBe(
      "`alfa` is already the title of nl/terms/alpha.md: an alias must lead to one term",
    );
  });

  it("reports a translation that repeats a file name in a sub-folder", () => {
    const glossary = load(content({ "nl/terms/alpha.md": dutch("Alfa"), "nl/terms/more/alpha.md": dutch("Alfa 2") }));
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/terms/more/alpha.md", field: undefined, rule: "slug-duplicate", severity: "error" },
    ]);
  });
});

describe("translations: body links", () => {
  it("reports a link to no entry in the translation's file", () => {
    const glossary = load(content({ "nl/terms/alpha.md": dutch("Alfa", [], "Zie [niets](/terms/nope/).\n") }));
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/terms/alpha.md", field: undefined, rule: "link-term-missing", severity: "error" },
    ]);
    expect(glossary.problems[0]).toMatchObject({ message: "`/terms/nope/` is not an entry", position: { line: 7 } });
  });

  it("checks an anchor against the target's page in the same language", () => {
    const link = "Zie [alfa](/terms/alpha/#hoe-het-werkt).\n";
    const translated = load(
      content({ "nl/terms/alpha.md": dutch("Alfa"), "nl/terms/beta.md": dutch("Bèta", [], link) }),
    );
    expect(translated.problems).toEqual([]);
    const untranslated = load(content({ "nl/terms/beta.md": dutch("Bèta", [], link) }));
    expect(untranslated.problems.map(shape)).toEqual([
      { file: "nl/terms/beta.md", field: undefined, rule: "link-anchor-missing", severity: "error" },
    ]);
    const english = load(
      content({
        "nl/terms/alpha.md": dutch("Alfa"),
        "terms/beta.md": entry("Beta", ["related: [alpha]"], "See [alpha](/terms/alpha/#hoe-het-werkt).\n"),
      }),
    );
    expect(english.problems.map(shape)).toEqual([
      { file: "terms/beta.md", field: undefined, rule: "link-anchor-missing", severity: "error" },
    ]);
  });

  it("checks an anchor of the translation itself against its own headings", () => {
    const glossary = load(
      content({ "nl/terms/alpha.md": dutch("Alfa", [], "[Werking](#how-it-works)\n\n## Werking\n") }),
    );
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/terms/alpha.md", field: undefined, rule: "link-anchor-missing", severity: "error" },
    ]);
    expect(glossary.problems[0]?.message).toBe("`#how-it-works` is not a heading of this entry");
  });
});

describe("translations: site.yaml and the folders", () => {
  it("reports a folder of translations into a language site.yaml does not list", () => {
    const glossary = load(content({ "de/terms/alpha.md": dutch("Alpha DE") }));
    expect(glossary.problems.map(shape)).toEqual([
      { file: "de/", field: undefined, rule: "translation-language-unlisted", severity: "error" },
    ]);
    expect(glossary.problems[0]?.message).toContain("`de` (German), which site.yaml does not list");
    expect(glossary.editions.map((edition) => edition.language)).toEqual(["nl"]);
  });

  it("reports the site's own language listed as a translation, and reads no edition for it", () => {
    const glossary = load(content({ "site.yaml": "language: en\ntranslations: [en]\n" }));
    expect(glossary.problems.map(shape)).toEqual([
      { file: "site.yaml", field: "translations[0]", rule: "translation-language-default", severity: "error" },
    ]);
    expect(glossary.editions).toEqual([]);
  });

  it("reports a language listed twice, in any spelling, and reads it once", () => {
    const glossary = load(content({ "site.yaml": "translations: [nl, NL]\n", "nl/terms/alpha.md": dutch("Alfa") }));
    expect(glossary.problems.map(shape)).toEqual([
      { file: "site.yaml", field: "translations[1]", rule: "translation-language-duplicate", severity: "error" },
    ]);
    expect(glossary.editions.map((edition) => edition.entries.length)).toEqual([1]);
  });

  it("reports nl/terms that is a file", () => {
    const glossary = load(content({ "nl/terms": "not a folder" }));
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/terms", field: undefined, rule: "not-a-folder", severity: "error" },
    ]);
  });

  it("reports nl/ that is a file, without reading through it", () => {
    const glossary = load(content({ nl: "not a folder" }));
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/", field: undefined, rule: "not-a-folder", severity: "error" },
    ]);
    expect(dutchEdition(glossary)?.untranslatedCategories).toEqual(["basics", "methods"]);
  });

  it("refuses a symbolic link in nl/terms to a file outside the content", () => {
    const root = content();
    const elsewhere = mkdtempSync(join(tmpdir(), "outside-translations-"));
    outside.push(elsewhere);
    writeFileSync(join(elsewhere, "alpha.md"), dutch("Alfa"));
    mkdirSync(join(root, "nl/terms"), { recursive: true });
    symlinkSync(join(elsewhere, "alpha.md"), join(root, "nl/terms/alpha.md"));
    const glossary = load(root);
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/terms/alpha.md", field: undefined, rule: "symlink-outside", severity: "error" },
    ]);
    expect(dutchEdition(glossary)?.entries).toEqual([]);
  });

  it("never follows nl/ when it is a symbolic link: nothing is read from where it leads", () => {
    const root = content();
    const elsewhere = mkdtempSync(join(tmpdir(), "outside-translations-"));
    outside.push(elsewhere);
    mkdirSync(join(elsewhere, "terms"));
    writeFileSync(join(elsewhere, "terms/alpha.md"), dutch("Alfa"));
    writeFileSync(join(elsewhere, "categories.yaml"), "- id: basics\n  title: Buiten\n  description: Van elders.\n");
    symlinkSync(elsewhere, join(root, "nl"));
    const glossary = load(root);
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/", field: undefined, rule: "not-a-folder", severity: "error" },
    ]);
    expect(dutchEdition(glossary)).toMatchObject({
      files: [],
      entries: [],
      untranslatedCategories: ["basics", "methods"],
    });
  });
});

describe("translations: nl/categories.yaml", () => {
  it("translates the categories it lists and names those it leaves out", () => {
    const glossary = load(
      content({ "nl/categories.yaml": "- id: methods\n  title: Methoden\n  description: Werkwijzen.\n" }),
    );
    expect(glossary.problems).toEqual([]);
    const edition = dutchEdition(glossary);
    expect(edition?.categories.map((category) => category.title)).toEqual(["Basics", "Methoden"]);
    expect(edition?.untranslatedCategories).toEqual(["basics"]);
  });

  it("reports an unknown id with the closest one, and an id translated twice", () => {
    const yaml = [
      "- id: basix\n  title: B\n  description: B.",
      "- id: basics\n  title: Basis\n  description: B.",
      "- id: basics\n  title: Basis 2\n  description: B.",
    ].join("\n");
    const glossary = load(content({ "nl/categories.yaml": `${yaml}\n` }));
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/categories.yaml", field: "[0].id", rule: "category-unknown", severity: "error" },
      { file: "nl/categories.yaml", field: "[2].id", rule: "category-duplicate", severity: "error" },
    ]);
    expect(glossary.problems[0]?.message).toContain("did you mean `basics`?");
    expect(dutchEdition(glossary)?.categories[0]?.title).toBe("Basis");
  });

  it.each([
    ["a mapping", "id: basics\ntitle: Basis\n"],
    ["empty", ""],
  ])("reports a file that is %s rather than a list", (_, text) => {
    const glossary = load(content({ "nl/categories.yaml": text }));
    expect(glossary.problems.map(shape)).toEqual([
      { file: "nl/categories.yaml", field: undefined, rule: "categories-invalid", severity: "error" },
    ]);
  });
});

describe("translations: languages without a message catalogue", () => {
  it("warns, naming the field, when a language of site.yaml would show the interface in English", async () => {
    const { missingCatalogues } = await import("../../src/core/checks/translationChecks.ts");
    const { siteSettingsSchema } = await import("../../src/core/checks/site.ts");
    const settings = siteSettingsSchema.parse({ language: "fr", translations: ["nl", "nl-BE", "de"] });
    const problems = missingCatalogues(settings);
    expect(problems.map((problem) => [problem.field, problem.rule, problem.severity])).toEqual([
      ["language", "language-no-catalogue", "warning"],
      ["translations[2]", "language-no-catalogue", "warning"],
    ]);
    expect(problems[1]?.message).toContain("src/i18n/catalogues/de.json");
    expect(missingCatalogues(siteSettingsSchema.parse({ language: "en-GB", translations: ["nl"] }))).toEqual([]);
  });
});
