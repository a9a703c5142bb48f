import { createHash } from "node:crypto";

/** The width of every social card in pixels: the size Open Graph readers show as a large picture. */
export const CARD_WIDTH = 1200;

/** The height of every social card in pixels (1.91:1 with the width). */
export const CARD_HEIGHT = 630;

/** The folder of the site that holds the cards. */
export const CARDS_FOLDER = "cards";

/** What one card says: a line above the title, the title, a few lines of text, and the site's name at its foot. */
export interface SocialCard {
  /** The small line above the title: an entry's category and level, or how many entries there are. */
  kicker: string;
  title: string;
  /** The definition or description, shortened to what the card holds. */
  text: string;
  /** The line at the foot: the site's name, or its address on the site's own card. */
  footer: string;
  /** The language of the card's texts. */
  language: string;
}

/** The kinds of page with a card of their own; every other page shows its language's site card. */
export type CardKind = "site" | "terms" | "categories";

/** The most characters of text a card shows: four lines of the text's size at the card's width. */
const TEXT_MAX = 220;

/** The most characters of a title: two lines of the smallest title size. */
const TITLE_MAX = 80;

/**
 * The card's path inside the site, without the `.png`: `site`, `terms/<slug>` or `categories/<id>`, under the
 * language's folder for a translation (`nl/terms/<slug>`).
 */
export function cardName(folder: string, kind: CardKind, id?: string): string {
  return kind === "site" ? `${folder}site` : `${folder}${kind}/${id}`;
}

/** The site-relative path of a card's file: `cards/terms/<slug>.png`. */
export function cardPath(name: string): string {
  return `${CARDS_FOLDER}/${name}.png`;
}

/** Text cut to at most `max` characters, at the last space before that when there is one, ending in "…". */
export function shortened(text: string, max: number): string {
  const characters = [...text.trim()];
  if (characters.length <= max) return characters.join("");
  const cut = characters.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  const kept = space > max / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.–—-]+$/u, "")}…`;
}

/** A card with its title and text shortened to what it holds. */
export function fittedCard(card: SocialCard): SocialCard {
  return { ...card, title: shortened(card.title, TITLE_MAX), text: shortened(card.text, TEXT_MAX) };
}

/** The content key of a card: the same texts give the same key, which the build uses to skip an unchanged card. */
export function cardKey(card: SocialCard): string {
  return createHash("sha256")
    .update(JSON.stringify(fittedCard(card)))
    .digest("hex")
    .slice(0, 32);
}

/** An element as the card renderer (satori) reads it: the shape of a React element, without React. */
export interface CardElement {
  type: "div";
  props: { style: Readonly<Record<string, string | number>>; children?: string | CardElement[]; lang?: string };
}

function element(style: CardElement["props"]["style"], children: string | CardElement[]): CardElement {
  return { type: "div", props: { style, children } };
}

/** The colours of the site's light scheme, which a card is drawn in. */
const COLOURS = { background: "#ffffff", text: "#1c1e21", soft: "#4a4f57", accent: "#1d4ed8", border: "#d5d9e0" };

/** The title's size in pixels: large for a short title, smaller as it grows, so that it keeps to two lines. */
function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 22) return 88;
  if (length <= 40) return 72;
  return 56;
}

/**
 * The layout of a card in the given CSS font families: the kicker, the title (at most two lines) and the text (at
 * most four) on white, a band in the site's accent colour on the left, and the footer under a rule. The same card
 * always gives the same tree.
 */
export function cardLayout(card: SocialCard, fontFamily: string): CardElement {
  const { kicker, title, text, footer } = fittedCard(card);
  const size = titleSize(title);
  const clamp = (lines: number) => ({
    display: "block",
    lineClamp: lines,
    overflow: "hidden",
    wordBreak: "break-word",
  });
  const page = element(
    {
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      boxSizing: "border-box",
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      padding: "64px 80px 56px 96px",
      borderLeft: `24px solid ${COLOURS.accent}`,
      backgroundColor: COLOURS.background,
      color: COLOURS.text,
      fontFamily,
    },
    [
      element({ display: "flex", flexDirection: "column" }, [
        element({ ...clamp(1), fontSize: 30, color: COLOURS.soft }, kicker),
        element({ ...clamp(2), fontSize: size, fontWeight: 700, lineHeight: 1.15, marginTop: 20 }, title),
        element({ ...clamp(4), fontSize: 34, lineHeight: 1.4, marginTop: 24, color: COLOURS.soft }, text),
      ]),
      element(
        {
          ...clamp(1),
          fontSize: 30,
          fontWeight: 700,
          color: COLOURS.accent,
          borderTop: `2px solid ${COLOURS.border}`,
          paddingTop: 20,
        },
        footer,
      ),
    ],
  );
  page.props.lang = card.language;
  return page;
}
