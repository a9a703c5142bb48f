import { describe, expect, it } from "vitest";
import { undrawable } from "../../src/astro/cardFonts.ts";
import { parseUnicodeRange, uncovered } from "../../src/core/publish/cardCoverage.ts";

describe("parseUnicodeRange", () => {
  it("reads single code points, spans and wildcards of a CSS unicode-range", () => {
    expect(parseUnicodeRange("U+0000-00FF, U+0131,U+4??")).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
    expect(parseUnicodeRange("")).toEqual([]);
  });
});

describe("uncovered", () => {
  it("lists each character outside the ranges once, in order, and ignores white space", () => {
    expect(uncovered(["a b\tc", "ab"], [[0x61, 0x62]])).toEqual(["c"]);
    expect(uncovered(["x🧠y🧠"], [[0x78, 0x79]])).toEqual(["🧠"]);
    expect(uncovered([" \n"], [])).toEqual([]);
  });
});

describe("undrawable (the fonts cards ship)", () => {
  const card = { kicker: "Basis · Beginner", title: "", text: "", footer: "Woordenlijst", language: "nl" };

  it("draws Latin with its accents, Greek, Cyrillic, Vietnamese and Devanagari", () => {
    for (const title of ["één café, naïef", "Ελληνικά", "кириллица", "Tiếng Việt", "हिन्दी", "“quotes” — and … ·"]) {
      expect(undrawable({ ...card, title }), title).toEqual([]);
    }
  });

  it("names the characters of scripts it does not draw, and emoji", () => {
    expect(undrawable({ ...card, title: "深度学习", text: "🧠 ok" })).toEqual(["深", "度", "学", "习", "🧠"]);
  });
});
