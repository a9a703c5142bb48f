import { describe, expect, it } from "vitest";
import {
  type CardElement,
  cardKey,
  cardLayout,
  cardName,
  cardPath,
  fittedCard,
  type SocialCard,
  shortened,
} from "../../src/core/publish/socialCard.ts";
import { SAMPLE_CARD } from "../helpers/socialCards.ts";

const card: SocialCard = SAMPLE_CARD;

/** Every text of a layout, in order. */
function texts(element: CardElement): string[] {
  const { children } = element.props;
  if (typeof children === "string") return [children];
  return (children ?? []).flatMap(texts);
}

/** The font size of the element that holds `text`. */
function fontSizeOf(element: CardElement, text: string): unknown {
  const { children, style } = element.props;
  if (children === text) return style.fontSize;
  if (typeof children === "string") return undefined;
  return (children ?? []).map((child) => fontSizeOf(child, text)).find((size) => size !== undefined);
}

describe("card names and paths", () => {
  it("name the site's card, an entry's and a category's, under a translation's folder for its language", () => {
    expect(cardName("", "site")).toBe("site");
    expect(cardName("", "terms", "deep-learning")).toBe("terms/deep-learning");
    expect(cardName("nl/", "categories", "basics")).toBe("nl/categories/basics");
    expect(cardPath("nl/terms/gpu")).toBe("cards/nl/terms/gpu.png");
  });
});

describe("shortened", () => {
  it("keeps a text that fits as it is, trimmed", () => {
    expect(shortened("  A short text. ", 20)).toBe("A short text.");
  });

  it("cuts a long text at the last space that fits, without trailing punctuation, and ends it in an ellipsis", () => {
    const text = "Networks of many layers, trained on data, that learn features by themselves.";
    const cut = shortened(text, 30);
    expect(cut).toBe("Networks of many layers…");
    expect([...cut].length).toBeLessThanOrEqual(30);
  });

  it("cuts a text without spaces where it must, and never splits a character of two code units", () => {
    expect(shortened("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
    const emoji = shortened("🧠".repeat(20), 5);
    expect(emoji).toBe("🧠🧠🧠🧠…");
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe("cardKey", () => {
  it("is the same for the same card and differs when anything the card shows differs", () => {
    expect(cardKey({ ...card })).toBe(cardKey(card));
    const keys = new Set(
      (["kicker", "title", "text", "footer", "language"] as const).map((field) =>
        cardKey({ ...card, [field]: "other" }),
      ),
    );
    keys.add(cardKey(card));
    expect(keys.size).toBe(6);
  });

  it("ignores what the card cuts off: two texts alike in the part it shows give one card", () => {
    const long = "word ".repeat(100);
    expect(cardKey({ ...card, text: `${long}one ending` })).toBe(cardKey({ ...card, text: `${long}another ending` }));
    expect(fittedCard({ ...card, text: long }).text.endsWith("…")).toBe(true);
  });
});

describe("cardLayout", () => {
  it("lays out the kicker, title, text and footer in that order, in the given fonts and the card's language", () => {
    const layout = cardLayout(card, '"A", "B"');
    expect(texts(layout)).toEqual([card.kicker, card.title, card.text, card.footer]);
    expect(layout.props.style.fontFamily).toBe('"A", "B"');
    expect(layout.props.style.width).toBe(1200);
    expect(layout.props.style.height).toBe(630);
    expect(layout.props.lang).toBe("en");
    expect(JSON.stringify(cardLayout(card, "A"))).toBe(JSON.stringify(cardLayout({ ...card }, "A")));
  });

  it("sets a long title smaller than a short one, and shortens what would not fit", () => {
    const short = fontSizeOf(cardLayout(card, "A"), card.title) as number;
    const longTitle = "Bidirectional Encoder Representations from Transformers (BERT)";
    const long = fontSizeOf(cardLayout({ ...card, title: longTitle }, "A"), longTitle) as number;
    expect(long).toBeLessThan(short);
    const overlong = cardLayout({ ...card, text: "word ".repeat(200) }, "A");
    expect([...(texts(overlong)[2] ?? "")].length).toBeLessThanOrEqual(220);
  });
});
