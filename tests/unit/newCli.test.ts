import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newEntryText } from "../../scripts/lib/newEntry.ts";
import { newTranslationText } from "../../scripts/lib/newTranslation.ts";
import { readEntry } from "../../src/core/content/entry.ts";
import { errorsOf, loadGlossary } from "../../src/core/content/glossary.ts";
import { readTranslation } from "../../src/core/content/translation.ts";
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

  it("refuses a slug that is the address of another entry's alias", () => {
    const root = fresh("alias-duplicate");
    const run = create(root, "Bayesian", "--category", "basics", "--slug", "b");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("/terms/b/ is already the address of `B`, an alias of terms/beta.md");
    expect(existsSync(join(root, "terms/b.md"))).toBe(false);
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

  /** Titles YAML or Markdown would misread if written by hand, each with the slug `new` gives it (or is given). */
  const awkward: [title: string, slug: string, ...args: string[]][] = [
    ["42", "42"],
    ["1e3", "1e3"],
    ["0x1F", "0x1f"],
    ["0b101", "0b101"],
    ["true", "true"],
    ["null", "null"],
    ["~", "tilde", "--slug", "tilde"],
    ["- x", "x"],
    ['"quoted"', "quoted"],
    ["a: b", "a-b"],
    ["#hash", "hash"],
    ["C\\+\\+ Language", "c-language"],
    ["Tab\tSeparated", "tab-separated"],
    ["Rocket 🚀 Science", "rocket-science"],
    ["Искусственный интеллект", "iskusstvennyj-intellekt", "--slug", "iskusstvennyj-intellekt"],
    ["人工知能", "jinko-chino", "--slug", "jinko-chino"],
  ];

  it.each(awkward)("writes `%s` so that it validates and reads back exactly", (title, slug, ...args) => {
    const root = folder();
    // `--` ends the options, so a name may start with a hyphen (`- x`).
    const run = create(root, "--category", "basics", ...args, "--", title);
    expect(run.status, run.stderr).toBe(0);
    const glossary = loadGlossary(root);
    expect(errorsOf(glossary)).toEqual([]);
    const entry = glossary.entries.find((e) => e.slug === slug);
    expect(entry?.data.title).toBe(title);
    expect(entry?.data.description).toBe(`TODO: one sentence that defines ${title} for a newcomer.`);
  });

  it("asks for --slug when the name has no Latin letters or digits, and checks the slug given", () => {
    const root = folder();
    const japanese = create(root, "人工知能", "--category", "basics");
    expect(japanese.status).toBe(2);
    expect(japanese.stderr).toContain(
      "`人工知能` has no Latin letters or digits to make a file name from: give one with --slug",
    );
    const bad = create(root, "人工知能", "--category", "basics", "--slug", "Jinko Chino");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      "--slug `Jinko Chino` is not a valid slug: use lowercase letters, digits and single hyphens",
    );
    expect(readdirSync(join(root, "terms")).sort()).toEqual(["alpha.md", "beta.md"]);
  });

  it("refuses a name whose slug is too long, without a stack trace", () => {
    const root = folder();
    const run = create(root, `${"very ".repeat(100)}long term`, "--category", "basics");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("new: the name makes a slug of 509 characters, at most 100 are allowed");
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(join(root, "terms")).sort()).toEqual(["alpha.md", "beta.md"]);
  });

  it("refuses, naming the path, when a folder or a symbolic link stands where the file would go", () => {
    const root = folder();
    mkdirSync(join(root, "terms/gamma.md"));
    const overFolder = create(root, "Gamma", "--category", "basics");
    expect(overFolder.status).toBe(1);
    expect(overFolder.stderr.trim()).toBe(
      "new: terms/gamma.md already exists, as a folder: rename or remove it, or choose another name",
    );
    symlinkSync(join(root, "elsewhere.md"), join(root, "terms/delta.md"));
    const overLink = create(root, "Delta", "--category", "basics");
    expect(overLink.status).toBe(1);
    expect(overLink.stderr.trim()).toBe(
      "new: terms/delta.md already exists, as a symbolic link: rename or remove it, or choose another name",
    );
    expect(existsSync(join(root, "elsewhere.md"))).toBe(false);
  });

  it("refuses, in one line, to write where terms/ is not a real folder of the content", () => {
    const root = folder();
    const outside = mkdtempSync(join(tmpdir(), "glossary-new-outside-"));
    rmSync(join(root, "terms"), { recursive: true });
    symlinkSync(outside, join(root, "terms"));
    const linked = create(root, "Gamma", "--category", "basics");
    expect(linked.status).toBe(1);
    expect(linked.stderr).toBe(
      "new: terms/ is a symbolic link, not a folder of the content: make it a real folder first\n",
    );
    expect(readdirSync(outside)).toEqual([]);
    rmSync(outside, { recursive: true });
    rmSync(join(root, "terms"));
    writeFileSync(join(root, "terms"), "not a folder");
    const run = create(root, "Gamma", "--category", "basics");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^new: terms\/ is a file, not a folder of the content: \S.*\n$/);
  });

  it("refuses to write an entry the validator would reject, listing its problems", () => {
    const root = folder();
    const run = create(root, "Reversed \u202Etxt.exe", "--category", "basics");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("new: the new entry would not pass the checks, so nothing was written:");
    expect(run.stderr).toContain("terms/reversed-txt-exe.md:2:8  title: ");
    expect(run.stderr).toContain("(bidi-control)");
    expect(existsSync(join(root, "terms/reversed-txt-exe.md"))).toBe(false);
  });

  it("keeps the placeholder definition within the length limit for a very long name", () => {
    const title = `Term ${"and more ".repeat(40)}`.trim();
    const text = newEntryText({ title, category: "basics", level: "beginner", published: "2026-01-01" });
    const { entry, problems } = readEntry("terms/term-and-more.md", text);
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(entry?.data.title).toBe(title);
    expect(entry?.data.description).toBe("TODO: one sentence that defines the term for a newcomer.");
  });
});

/** Today's date where the tests run, as `new --lang` dates a translation. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The base glossary (beta written with a BOM, CRLF and tabs) translated into Dutch, with `files` added. */
function translatable(files: Record<string, string> = {}): string {
  const root = folder();
  writeFileSync(join(root, "site.yaml"), "language: en\ntranslations: [nl]\n");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const DUTCH_ALPHA =
  "---\ntitle: Alfa\ndescription: Een definitie.\npublished: 2026-05-01\n---\n\nTekst.\n\n## Hoe het werkt\n\nHet werkt.\n";

describe("npm run new --lang", () => {
  it("starts a translation from the entry that passes the checks, with prompts where text is to translate", () => {
    const root = translatable();
    const sources = "sources:\n  - title: 'Beta: the book'\n    url: https://example.org/beta\n";
    const beta = readFileSync(join(root, "terms/beta.md"), "utf8").replace(
      "related: [alpha]\r\n",
      `related: [alpha]\r\n${sources.replaceAll("\n", "\r\n")}`,
    );
    writeFileSync(join(root, "terms/beta.md"), beta);
    const run = create(root, "--lang", "nl", "beta");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Created ${root}/nl/terms/beta.md, a translation of terms/beta.md into Dutch`);
    const glossary = loadGlossary(root);
    expect(errorsOf(glossary)).toEqual([]);
    const [edition] = glossary.editions;
    const translation = edition?.entries.find((entry) => entry.slug === "beta");
    const english = glossary.entries.find((entry) => entry.slug === "beta");
    expect(translation?.data).toMatchObject({
      title: "Beta",
      description: "TODO: translate: A short test definition of the beta fixture entry.",
      published: today(),
      aliases: [],
      sources: [{ title: "Beta: the book", url: "https://example.org/beta" }],
    });
    expect(translation?.body).toBe(
      `\nTODO: translate the title, the definition and the text below from terms/beta.md into Dutch, headings included, then remove this line.\n\n${english?.body.replace(/^\n+/, "")}`,
    );
    const warnings = glossary.problems.filter((p) => p.file === "nl/terms/beta.md").map((p) => [p.rule, p.field]);
    expect(warnings).toEqual([
      ["placeholder", "description"],
      ["placeholder", undefined],
    ]);
  });

  it("refuses, writing nothing, a language site.yaml does not list, its own language, or a slug no entry has", () => {
    const root = translatable();
    for (const [args, message] of [
      [
        ["--lang", "de", "alpha"],
        "new: `de` is not one of `translations` in site.yaml (it lists nl): add it there first",
      ],
      [["--lang", "en", "alpha"], "new: `en` is the site's own language"],
      [
        ["--lang", "nl", "alpah"],
        "new: no entry has the slug `alpah` (there is no terms/alpah.md); did you mean `alpha`?",
      ],
      [
        ["--lang", "nl", "Alpha.md"],
        "new: `Alpha.md` is not a valid slug: use lowercase letters, digits and single hyphens (the entry's file name without .md); did you mean `alpha`?",
      ],
    ] as const) {
      const run = create(root, ...args);
      expect(run.status, args.join(" ")).toBe(1);
      expect(run.stderr.trim(), args.join(" ")).toContain(message);
      expect(run.stderr).not.toContain("Usage:");
    }
    expect(readdirSync(root).sort()).toEqual(["categories.yaml", "site.yaml", "terms"]);
  });

  it("refuses an entry whose file has errors, naming it", () => {
    const root = translatable({ "terms/gamma.md": "---\ntitle: Gamma\n---\n" });
    const run = create(root, "--lang", "nl", "gamma");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("new: terms/gamma.md has errors, so it cannot be translated yet: fix them first");
    expect(existsSync(join(root, "nl"))).toBe(false);
  });

  it("never overwrites a translation, wherever in the language's folder it is", () => {
    const root = translatable({
      "nl/terms/alpha.md": DUTCH_ALPHA,
      "nl/terms/more/beta.md": DUTCH_ALPHA.replace("Alfa", "Bèta"),
    });
    const same = create(root, "--lang", "nl", "alpha");
    expect(same.status).toBe(1);
    expect(same.stderr.trim()).toBe("new: nl/terms/alpha.md already translates terms/alpha.md: edit it instead");
    expect(readFileSync(join(root, "nl/terms/alpha.md"), "utf8")).toBe(DUTCH_ALPHA);
    const nested = create(root, "--lang", "nl", "beta");
    expect(nested.status).toBe(1);
    expect(nested.stderr.trim()).toBe("new: nl/terms/more/beta.md already translates terms/beta.md: edit it instead");
    expect(existsSync(join(root, "nl/terms/beta.md"))).toBe(false);
  });

  it("refuses to write through a language folder that is a symbolic link or a file", () => {
    const root = translatable();
    const outside = mkdtempSync(join(tmpdir(), "glossary-new-outside-"));
    symlinkSync(outside, join(root, "nl"));
    const linked = create(root, "--lang", "nl", "alpha");
    expect(linked.status).toBe(1);
    expect(linked.stderr).toBe(
      "new: nl/ is a symbolic link, not a folder of the content: make it a real folder first\n",
    );
    expect(readdirSync(outside)).toEqual([]);
    rmSync(outside, { recursive: true });
    rmSync(join(root, "nl"));
    mkdirSync(join(root, "nl"));
    writeFileSync(join(root, "nl/terms"), "not a folder");
    const file = create(root, "--lang", "nl", "alpha");
    expect(file.status).toBe(1);
    expect(file.stderr).toBe("new: nl/terms/ is a file, not a folder of the content: make it a real folder first\n");
  });

  it("refuses a translation whose copied links would break in its language, listing the problems", () => {
    // beta's body links to a heading of alpha that alpha's Dutch page does not have.
    const root = translatable({ "nl/terms/alpha.md": DUTCH_ALPHA });
    const beta = readFileSync(join(root, "terms/beta.md"), "utf8").replace(
      "(/terms/alpha/)",
      "(/terms/alpha/#how-it-works)",
    );
    writeFileSync(join(root, "terms/beta.md"), beta);
    expect(errorsOf(loadGlossary(root))).toEqual([]);
    const run = create(root, "--lang", "nl", "beta");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("new: the new translation would not pass the checks, so nothing was written:");
    expect(run.stderr).toContain("nl/terms/beta.md:");
    expect(run.stderr).toContain("`#how-it-works` is not a heading of `alpha`  (link-anchor-missing)");
    expect(existsSync(join(root, "nl/terms/beta.md"))).toBe(false);
  });

  it("refuses a title another translation already has as its title or alias", () => {
    const root = translatable({
      "nl/terms/alpha.md": DUTCH_ALPHA.replace("title: Alfa", "title: Alfa\naliases: [Beta]"),
    });
    const run = create(root, "--lang", "nl", "beta");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("new: nl/terms/alpha.md already has `Beta` as an alias");
    expect(existsSync(join(root, "nl/terms/beta.md"))).toBe(false);
  });

  it("exits 2 with the usage without exactly one slug, or with the options of a new entry", () => {
    const root = translatable();
    for (const args of [
      ["--lang", "nl"],
      ["--lang", "nl", "alpha", "beta"],
      ["--lang", "nl", "alpha", "--category", "basics"],
      ["--lang", "nl", "alpha", "--slug", "x"],
      ["--lang"],
    ]) {
      const run = create(root, ...args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain("Usage: npm run new");
      expect(run.stderr).toContain("npm run new -- --lang <lang> <slug>");
    }
    expect(create(root, "--lang", "nl").stderr).toContain("new: --lang needs the slug of the entry to translate");
    expect(existsSync(join(root, "nl"))).toBe(false);
  });

  it("keeps the prompted definition within the length limit for the longest definition", () => {
    const [entry] = loadGlossary(translatable()).entries;
    if (!entry) throw new Error("no entry");
    const long = { ...entry, data: { ...entry.data, description: `${"x".repeat(279)}.` } };
    const text = newTranslationText(long, "nl", "2026-12-02");
    const { translation, problems } = readTranslation("nl", "nl/terms/alpha.md", text, entry.file);
    expect(problems).toEqual([]);
    expect(translation?.data.description).toBe("TODO: translate the definition of terms/alpha.md.");
  });
});
