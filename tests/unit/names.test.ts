import { describe, expect, it } from "vitest";
import { confusableNames, scriptsOf, skeleton } from "../../src/core/checks/confusables.ts";
import { hasBidiControl, isVisibleName } from "../../src/core/checks/names.ts";
import { MAX_ALIASES } from "../../src/core/checks/schema.ts";
import { type Entry, readEntry } from "../../src/core/content/entry.ts";

/** An entry file's text with the given title and aliases, the rest valid. */
function entryText(title: string, aliases: string[] = []): string {
  return [
    "---",
    `title: ${JSON.stringify(title)}`,
    "description: A test definition.",
    "category: basics",
    "level: beginner",
    "published: 2026-04-21",
    `aliases: ${JSON.stringify(aliases)}`,
    "---",
    "",
    "Body text.",
    "",
  ].join("\n");
}

function entry(slug: string, title: string, aliases: string[] = []): Entry {
  const result = readEntry(`terms/${slug}.md`, entryText(title, aliases));
  if (!result.entry) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result.entry;
}

const rulesOf = (title: string, aliases: string[] = []) =>
  readEntry("terms/x.md", entryText(title, aliases)).problems.map((p) => `${p.field}: ${p.rule}`);

describe("names that show nothing or show something else", () => {
  it("tells visible names from invisible ones", () => {
    expect(isVisibleName("Deep Learning")).toBe(true);
    expect(isVisibleName("C++")).toBe(true);
    expect(isVisibleName("人工知能")).toBe(true);
    expect(isVisibleName("\u200B")).toBe(false);
    expect(isVisibleName("\u200B\u2060\uFEFF\u00AD")).toBe(false);
    // Hangul fillers, a variation selector, the combining grapheme joiner, the blank Braille pattern.
    for (const blank of ["\u3164", "\uFFA0", "\u115F", "\uFE0F", "\u034F", "\u2800", "\u3164\u200B\u2800"]) {
      expect(isVisibleName(blank), JSON.stringify(blank)).toBe(false);
    }
    expect(isVisibleName("e\u0301")).toBe(true);
  });

  it("finds bidirectional overrides, embeddings and isolates, not ordinary right-to-left text", () => {
    expect(hasBidiControl("Beta \u202Egnp.exe")).toBe(true);
    expect(hasBidiControl("a \u2067b\u2069")).toBe(true);
    expect(hasBidiControl("שלום עולם")).toBe(false);
    expect(hasBidiControl("تعلم عميق")).toBe(false);
  });

  it("rejects a title or alias of only invisible characters", () => {
    expect(rulesOf("\u200B")).toEqual(["title: name-invisible"]);
    expect(rulesOf("Beta", ["\u2060"])).toEqual(["aliases[0]: name-invisible"]);
  });

  it("rejects bidirectional controls in names and definitions", () => {
    expect(rulesOf("Beta \u202Egnp.exe")).toEqual(["title: bidi-control"]);
  });

  it("bounds the aliases of one entry", () => {
    const many = Array.from({ length: MAX_ALIASES + 1 }, (_, index) => `Name ${index}`);
    expect(rulesOf("Beta", many)).toEqual(["aliases: too-long"]);
    expect(rulesOf("Beta", many.slice(0, MAX_ALIASES))).toEqual([]);
  });
});

describe("look-alike names", () => {
  it("names the scripts of a name's letters", () => {
    expect(scriptsOf("Albedo")).toBe("Latin");
    expect(scriptsOf("\u0410lbedo")).toBe("Cyrillic+Latin");
    expect(scriptsOf("Глубокое обучение")).toBe("Cyrillic");
    expect(scriptsOf("2-gram")).toBe("Latin");
    expect(scriptsOf("42")).toBe("");
  });

  it("gives look-alikes in different scripts the same skeleton", () => {
    expect(skeleton("\u0410lbedo")).toBe(skeleton("Albedo"));
    expect(skeleton("\u0391\u0399")).toBe(skeleton("AI"));
    expect(skeleton("\u0412\u0415\u0422\u0410")).toBe(skeleton("BETA"));
    expect(skeleton("\u0425\u041cL")).toBe(skeleton("XML"));
    expect(skeleton("\u0430lbedo")).toBe(skeleton("albedo"));
    expect(skeleton("Albedo")).not.toBe(skeleton("Alpha"));
  });

  it("warns about a mixed-script name that looks like another entry's, on the look-alike only", () => {
    const problems = confusableNames([entry("albedo", "Albedo"), entry("albedo-2", "\u0410lbedo")]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: "terms/albedo-2.md",
      field: "title",
      rule: "name-confusable",
      severity: "warning",
      position: { line: 2, column: 8 },
    });
    expect(problems[0]?.message).toContain("looks like `Albedo` (Latin), the title of terms/albedo.md");
  });

  it("compares aliases too", () => {
    const problems = confusableNames([
      entry("ai", "Artificial Intelligence", ["AI"]),
      entry("x", "X", ["\u0391\u0399"]),
    ]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(["terms/x.md aliases[0]"]);
  });

  it("leaves alone names in the same script, and real words in other scripts", () => {
    expect(confusableNames([entry("modem", "Modem"), entry("modern", "Modern")])).toEqual([]);
    expect(confusableNames([entry("deep-learning", "Deep Learning"), entry("glubokoe", "Глубокое обучение")])).toEqual(
      [],
    );
  });
});
