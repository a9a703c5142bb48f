import { renderAsync } from "@resvg/resvg-js";
import satori from "satori";
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, type SocialCard } from "../core/publish/socialCard.ts";
import { CARD_FONT_FAMILY, cardFonts } from "./cardFonts.ts";

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
