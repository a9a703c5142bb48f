/**
 * The social card of every page that has one (src/astro/socialCards.ts): `cards/site.png`, `cards/terms/<slug>.png`,
 * `cards/categories/<id>.png`, and the same under a translation's folder (`cards/nl/terms/<slug>.png`). A card's
 * incremental-build key is its content, so a rebuild draws only the cards whose texts changed and copies the rest.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { cardPng } from "../../astro/cardImage.ts";
import { type NamedCard, siteCards } from "../../astro/socialCards.ts";
import { cardKey } from "../../core/publish/socialCard.ts";

export const getStaticPaths = (async () =>
  (await siteCards()).map((named) => ({
    params: { card: named.name },
    props: { ...named },
    cacheKey: cardKey(named.card),
  }))) satisfies GetStaticPaths;

/** Draws the card as a PNG. */
export const GET: APIRoute<NamedCard> = async ({ props }) =>
  new Response(await cardPng(props.card), { headers: { "Content-Type": "image/png" } });
