import { expect } from "vitest";
import type { SocialCard } from "../../src/core/publish/socialCard.ts";

/** A card of ordinary texts, for the tests of the card's layout and drawing. */
export const SAMPLE_CARD: SocialCard = {
  kicker: "Basics · Beginner",
  title: "Deep Learning",
  text: "Machine learning with neural networks of many layers.",
  footer: "Glossary",
  language: "en",
};

/** The PNG file signature. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The width and height a PNG's header gives, after checking its signature and that its first chunk is IHDR. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png);
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
