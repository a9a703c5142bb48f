import { describe, expect, it } from "vitest";
import { cardPng } from "../../src/astro/cardImage.ts";
import { pngSize, SAMPLE_CARD } from "../helpers/socialCards.ts";

const card = SAMPLE_CARD;

describe("cardPng", () => {
  it("draws a 1200×630 PNG, the same bytes for the same card", async () => {
    const png = await cardPng(card);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(await cardPng({ ...card })).equals(Buffer.from(png))).toBe(true);
    expect(Buffer.from(await cardPng({ ...card, title: "Deep Learnings" })).equals(Buffer.from(png))).toBe(false);
  });

  it("draws Greek, Cyrillic and Vietnamese letters from the fonts it ships, not one missing-glyph box for all", async () => {
    for (const [one, other] of [
      ["αβγδ", "εζηθ"],
      ["абвг", "дежз"],
      ["ạảấầ", "ẩẫậắ"],
    ]) {
      const first = Buffer.from(await cardPng({ ...card, title: `${one}${one}` }));
      const second = Buffer.from(await cardPng({ ...card, title: `${other}${other}` }));
      expect(first.equals(second)).toBe(false);
    }
  });
});
