import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import satori, { type Font } from "satori";
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, type SocialCard } from "../core/publish/socialCard.ts";

/** The scripts of Noto Sans a card can draw (the files of @fontsource/noto-sans); other scripts are left out. */
const SUBSETS = ["latin", "latin-ext", "greek", "greek-ext", "cyrillic", "cyrillic-ext", "vietnamese"] as const;

/** The weights a card uses: text and title. */
const WEIGHTS = [400, 700] as const;

let fonts: Font[] | undefined;

/** Each script's file under a name of its own: satori falls back from one family to the next, not between files. */
function fontName(subset: (typeof SUBSETS)[number]): string {
  return `Noto Sans ${subset}`;
}

/** The font families of a card, in the order satori tries them for each character. */
const CARD_FONT_FAMILY = SUBSETS.map((subset) => `"${fontName(subset)}"`).join(", ");

/**
 * Noto Sans from its npm package, read once. The package is found from the project's folder: a built page's code
 * runs from elsewhere, where its own address would not lead to `node_modules`.
 */
function cardFonts(): Font[] {
  if (fonts) return fonts;
  const require = createRequire(join(process.cwd(), "package.json"));
  fonts = SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      name: fontName(subset),
      data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`)),
      weight,
      style: "normal" as const,
    })),
  );
  return fonts;
}

/**
 * A card drawn as a 1200×630 PNG: laid out by satori into SVG, then rasterised by resvg on a thread of Node's pool,
 * so that the next card is laid out while this one is drawn.
 */
export async function cardPng(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  const layout = cardLayout(card, CARD_FONT_FAMILY) as unknown as Parameters<typeof satori>[0];
  const svg = await satori(layout, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: cardFonts() });
  const image = await renderAsync(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } });
  return new Uint8Array(image.asPng());
}
