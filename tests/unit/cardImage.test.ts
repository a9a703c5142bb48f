import { describe, expect, it } from "vitest";
import { cardPng } from "../../src/astro/cardImage.ts";
import type { SocialCard } from "../../src/core/publish/socialCard.ts";

const card: SocialCard = {
  kicker: "Basics · Beginner",
  title: "Deep Learning",
  text: "Machine learning with neural networks of many layers.",
  footer: "Glossary",
  language: "en",
};

/** The width and height a PNG's header gives, after checking its signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

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
