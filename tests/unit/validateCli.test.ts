import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { basicEntry } from "../helpers/entryText.ts";
import { runScript } from "../helpers/runScript.ts";
import { temporaryFolders } from "../helpers/temporaryFolders.ts";
import { caseFolders } from "../helpers/validateCase.ts";

const folder = caseFolders();
const translated = temporaryFolders("validate-translations");
const validate = (root: string, ...args: string[]) => runScript("validate", args, root);

/** A front-matter file: the lines given between the fences, then a body. */
const file = (lines: string[], body = "Text.\n") => `---\n${lines.join("\n")}\n---\n\n${body}`;

/** An entry of the glossary below, in the `basics` category: alpha links to the others, they link to alpha. */
const entry = (title: string, extra: string[] = []) =>
  basicEntry(
    title,
    extra,
    title === "Alpha" ? "See [beta](/terms/beta/) and [gamma](/terms/gamma/).\n" : "See [alpha](/terms/alpha/).\n",
  );

/**
 * A glossary of three entries translated into Dutch and German: in Dutch, alpha is translated, beta translated
 * before its entry changed, gamma not at all, and one of two categories translated; German has no folder yet.
 */
function translatedGlossary(files: Record<string, string> = {}): string {
  return translated({
    "site.yaml": "language: en\ntranslations: [nl, de]\n",
    "categories.yaml":
      "- id: basics\n  title: Basics\n  description: First.\n- id: methods\n  title: Methods\n  description: Ways.\n",
    "terms/alpha.md": entry("Alpha"),
    "terms/beta.md": entry("Beta", ["updated: 2026-06-02"]),
    "terms/gamma.md": entry("Gamma"),
    "nl/terms/alpha.md": file(["title: Alfa", "description: Een korte definitie.", "published: 2026-05-01"]),
    "nl/terms/beta.md": file(["title: Bèta", "description: Een andere definitie.", "published: 2026-05-01"]),
    "nl/categories.yaml": "- id: basics\n  title: Basis\n  description: Eerst.\n",
    ...files,
  });
}

describe("npm run validate", () => {
  it("exits 0 and says so when the glossary is clean", () => {
    const run = validate(folder("valid-bom-crlf-tabs"));
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe("✔ 2 entry files checked: no problems");
  });

  it("exits 0 with warnings, listed under their own heading", () => {
    const root = folder("orphan");
    const run = validate(root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Warnings (these do not fail the check):");
    expect(run.stdout).toContain(`${root}/terms/gamma.md:1:1  no other entry links to this one`);
    expect(run.stdout).toContain("✔ 3 entry files checked: 0 errors and 1 warning in 1 file");
  });

  it("exits 1 and prints path:line:column  message  (rule) for every problem", () => {
    const root = folder("wrong-type");
    const run = validate(root);
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines).toContain(`${root}/terms/beta.md:8:10  aliases: must be a list, not string "just one"  (wrong-type)`);
    expect(lines).toContain(
      `${root}/terms/beta.md:9:8  draft: must be true or false, not string "maybe"  (wrong-type)`,
    );
    expect(run.stdout).toContain("✖ 2 entry files checked: 2 errors and 0 warnings in 1 file");
    expect(run.stderr).toBe("");
  });

  it("prints GitHub annotations with --format github", () => {
    const root = folder("unknown-key");
    const run = validate(root, "--format", "github");
    expect(run.status).toBe(1);
    expect(run.stdout.trim()).toBe(
      `::error file=${root}/terms/beta.md,line=8,col=1,title=unknown-key::realted: is not a known field; did you mean \`related\`?`,
    );
  });

  it("escapes what GitHub annotations cannot hold", () => {
    const root = folder("orphan");
    const run = validate(root, "--format=github");
    expect(run.stdout).toMatch(/^::warning file=.*gamma\.md,line=1,col=1,title=orphan::no other entry/m);
  });

  it("prints machine-readable results with --format json", () => {
    const root = folder("related-missing");
    writeFileSync(join(root, "site.yaml"), "warnings:\n  related-one-way: true\n");
    const run = validate(root, "--format", "json");
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ checked: 2, errors: 1, warnings: 1 });
    expect(result.problems).toContainEqual({
      file: `${root}/terms/beta.md`,
      line: 7,
      column: 11,
      field: "related[0]",
      rule: "related-missing",
      severity: "error",
      message: "no entry has the slug `alpah`; did you mean `alpha`?",
    });
  });

  it("counts the problems of each rule with --summary, as text and as JSON", () => {
    const root = folder("related-missing");
    writeFileSync(join(root, "site.yaml"), "warnings:\n  related-one-way: true\n");
    const text = validate(root, "--summary");
    expect(text.status).toBe(1);
    expect(text.stdout.trim().split("\n")).toEqual([
      "1  related-missing  (error)",
      "1  related-one-way  (warning)",
      "✖ 2 entry files checked: 1 error and 1 warning",
    ]);
    expect(text.stdout).not.toContain("alpah`; did you mean");
    const json = JSON.parse(validate(root, "--summary", "--format", "json").stdout);
    expect(json).toEqual({
      summary: [
        { rule: "related-missing", severity: "error", count: 1 },
        { rule: "related-one-way", severity: "warning", count: 1 },
      ],
      errors: 1,
      warnings: 1,
      checked: 2,
    });
  });

  it("checks only the given files, still against the whole glossary", () => {
    const root = folder("related-missing");
    writeFileSync(join(root, "site.yaml"), "warnings:\n  related-one-way: true\n");
    const alpha = validate(root, join(root, "terms/alpha.md"));
    expect(alpha.status).toBe(0);
    expect(alpha.stdout).toContain("1 entry file checked: 0 errors and 1 warning");
    const beta = validate(root, join(root, "terms/beta.md"));
    expect(beta.status).toBe(1);
    expect(beta.stdout).toContain("related-missing");
  });

  it("exits 2 with the usage on bad usage", () => {
    const root = folder("valid-bom-crlf-tabs");
    for (const args of [
      ["--format", "xml"],
      ["--fast"],
      [join(root, "terms/missing.md")],
      ["/"],
      [join(root, "categories.yaml")],
    ]) {
      const run = validate(root, ...args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain("Usage: npm run validate");
      expect(run.stdout).toBe("");
    }
    expect(validate(join(root, "nowhere")).status).toBe(2);
    const notAFolder = validate(join(root, "terms/beta.md"));
    expect(notAFolder.status).toBe(2);
    expect(notAFolder.stderr).toContain("is not a folder");
  });

  it("prints help and exits 0 with --help", () => {
    const run = validate(folder("valid-bom-crlf-tabs"), "--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Exit status: 0 no errors");
  });

  it("reports binary, empty and huge files without a stack trace", () => {
    const root = folder("valid-bom-crlf-tabs");
    writeFileSync(join(root, "terms/binary.md"), Buffer.from([0, 159, 146, 150, 0, 1]));
    writeFileSync(join(root, "terms/empty.md"), "");
    writeFileSync(join(root, "terms/huge.md"), `---\ntitle: Huge\n---\n${"x".repeat(2_000_000)}`);
    const run = validate(root);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("terms/binary.md:1:1  is not a text file  (not-text)");
    expect(run.stdout).toContain("terms/empty.md:1:1  has no front matter");
    expect(run.stdout).toContain("terms/huge.md:1:1  is 1.9 MiB, over the 1 MiB limit");
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
  });

  it("lists with --translations what is left to translate into a language, and still exits 0", () => {
    const root = translatedGlossary();
    const run = validate(root, "--translations", "nl");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.trim().split("\n");
    expect(lines.slice(lines.indexOf("Translations into Dutch (nl):"))).toEqual([
      "Translations into Dutch (nl):",
      "Not yet translated: 1 entry (start one with: npm run new -- --lang nl <slug>)",
      `  ${root}/nl/terms/gamma.md  (Gamma)`,
      "Stale: 1 translation older than the entry's last change (check it against the entry, then set `updated`)",
      `  ${root}/nl/terms/beta.md  translated 2026-05-01, entry changed 2026-06-02  (${root}/terms/beta.md)`,
      `Categories not translated: 1 (give their title and description in ${root}/nl/categories.yaml)`,
      "  methods",
      "nl (Dutch): 2 of 3 entries translated, 1 stale, 1 missing; 1 of 2 categories untranslated",
    ]);
    expect(run.stdout).toContain(`${root}/nl/terms/beta.md:4:12  published: the English entry changed on 2026-06-02`);
    expect(run.stdout).toContain("✔ 5 entry files checked: 0 errors and 2 warnings in 2 files");
    // German has no message catalogue: its pages would show the interface in English.
    expect(run.stdout).toMatch(
      /site\.yaml:1:1 {2}translations\[1\]: the interface has no texts in German.*\(language-no-catalogue\)/,
    );
  });

  it("takes several languages, comma-separated or with the option repeated", () => {
    const root = translatedGlossary();
    const summaries = (run: { stdout: string }) => run.stdout.split("\n").filter((line) => /^\w+ \(\w+\): /.test(line));
    const expected = [
      "nl (Dutch): 2 of 3 entries translated, 1 stale, 1 missing; 1 of 2 categories untranslated",
      "de (German): 0 of 3 entries translated, 0 stale, 3 missing; 2 of 2 categories untranslated",
    ];
    expect(summaries(validate(root, "--translations", "nl,de"))).toEqual(expected);
    expect(summaries(validate(root, "--translations", "nl", "--translations=de", "--translations", "nl"))).toEqual(
      expected,
    );
  });

  it("adds the translation status to --format json, keeping every other key", () => {
    const root = translatedGlossary();
    const plain = JSON.parse(validate(root, "--format", "json").stdout);
    const result = JSON.parse(validate(root, "--format", "json", "--translations", "nl").stdout);
    expect(plain.translations).toBeUndefined();
    expect(result).toEqual({ ...plain, translations: expect.any(Object) });
    expect(result.translations).toEqual({
      nl: {
        name: "Dutch",
        entries: 3,
        translated: 2,
        missing: [
          { slug: "gamma", title: "Gamma", file: `${root}/nl/terms/gamma.md`, entry: `${root}/terms/gamma.md` },
        ],
        stale: [
          {
            slug: "beta",
            file: `${root}/nl/terms/beta.md`,
            entry: `${root}/terms/beta.md`,
            translated: "2026-05-01",
            entryChanged: "2026-06-02",
          },
        ],
        categories: 2,
        untranslatedCategories: ["methods"],
      },
    });
  });

  it("exits 1 on errors with --translations too", () => {
    const root = translatedGlossary({
      "nl/terms/gamma.md": file([
        "title: Gamma",
        "description: Een definitie.",
        "published: 2026-05-01",
        "level: advanced",
      ]),
    });
    const run = validate(root, "--translations", "nl");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${root}/nl/terms/gamma.md:5:1  level: comes from the entry it translates`);
    expect(run.stdout).toContain("nl (Dutch): 3 of 3 entries translated, 1 stale, 0 missing;");
  });

  it("exits 2, saying why, for a language site.yaml does not translate into", () => {
    const root = translatedGlossary();
    for (const [args, message] of [
      [
        ["--translations", "fr"],
        "validate: --translations: `fr` is not one of `translations` in site.yaml (it lists nl, de)",
      ],
      [["--translations", "nl,"], "validate: --translations needs languages"],
      [["--translations", "en"], "validate: --translations: `en` is the site's own language"],
    ] as const) {
      const run = validate(root, ...args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain(message);
      expect(run.stderr).toContain("Usage: npm run validate");
      expect(run.stdout).toBe("");
    }
    const none = validate(folder("valid-bom-crlf-tabs"), "--translations", "nl");
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("`nl` is not one of `translations` in site.yaml (it lists none)");
  });

  it("checks only the translation files given, or those under a folder given", () => {
    const root = translatedGlossary({
      "nl/terms/gamma.md": file([
        "title: Gamma",
        "description: Een definitie.",
        "published: 2026-05-01",
        "level: advanced",
      ]),
    });
    const alpha = validate(root, join(root, "nl/terms/alpha.md"));
    expect(alpha.status).toBe(0);
    expect(alpha.stdout.trim()).toBe("✔ 1 entry file checked: no problems");
    const dutch = validate(root, join(root, "nl"));
    expect(dutch.status).toBe(1);
    expect(dutch.stdout).toContain("✖ 3 entry files checked: 1 error and 1 warning in 2 files");
    const english = validate(root, join(root, "terms"));
    expect(english.stdout.trim()).toBe("✔ 3 entry files checked: no problems");
    const notAnEntry = validate(root, join(root, "nl/categories.yaml"));
    expect(notAnEntry.status).toBe(2);
    expect(notAnEntry.stderr).toContain("translations under <lang>/terms/");
  });
});
