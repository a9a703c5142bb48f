import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Font } from "satori";
import { type CodePointRanges, parseUnicodeRange, uncovered } from "../core/publish/cardCoverage.ts";
import type { SocialCard } from "../core/publish/socialCard.ts";

/** The scripts of Noto Sans a card can draw (the files of @fontsource/noto-sans); other scripts are left out. */
const SUBSETS = ["latin", "latin-ext", "greek", "greek-ext", "cyrillic", "cyrillic-ext", "vietnamese", "devanagari"];

/** The weights a card uses: text and title. */
const WEIGHTS = [400, 700] as const;

/**
 * The font package's files, found from the project's folder: a built page's code runs from elsewhere, where its
 * own address would not lead to `node_modules`.
 */
const packageFile = (file: string) =>
  createRequire(join(process.cwd(), "package.json")).resolve(`@fontsource/noto-sans/${file}`);

/** Each script's file under a name of its own: satori falls back from one family to the next, not between files. */
const fontName = (subset: string) => `Noto Sans ${subset}`;

/** The font families of a card, in the order satori tries them for each character. */
export const CARD_FONT_FAMILY = SUBSETS.map((subset) => `"${fontName(subset)}"`).join(", ");

let fonts: Font[] | undefined;

/** Noto Sans in every script and weight a card uses, read once. */
export function cardFonts(): Font[] {
  fonts ??= SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      name: fontName(subset),
      data: readFileSync(packageFile(`files/noto-sans-${subset}-${weight}-normal.woff2`)),
      weight,
      style: "normal" as const,
    })),
  );
  return fonts;
}

let ranges: CodePointRanges | undefined;

/** The characters of a card the fonts cannot draw (they would show as boxes), each once. */
export function undrawable(card: SocialCard): string[] {
  if (!ranges) {
    const bySubset = JSON.parse(readFileSync(packageFile("unicode.json"), "utf8")) as Record<string, string>;
    ranges = SUBSETS.flatMap((subset) => parseUnicodeRange(bySubset[subset] ?? ""));
  }
  return uncovered([card.kicker, card.title, card.text, card.footer], ranges);
}
