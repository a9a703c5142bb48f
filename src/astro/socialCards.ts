import { cardName, cardPath, type SocialCard } from "../core/publish/socialCard.ts";
import { levelName } from "../i18n/levels.ts";
import { messagesFor } from "../i18n/messages.ts";
import { undrawable } from "./cardFonts.ts";
import { glossaryData, type ShownCategory, type Term } from "./glossaryData.ts";
import { folderOf } from "./pageLanguage.ts";
import { absoluteUrl, glossaryDescription, settings } from "./site.ts";

/** A page's card as its head refers to it: the card's absolute address and the picture's alternative text. */
export interface PageCard {
  url: string;
  alt: string;
}

/** One card of the site: its name (the file is `cards/<name>.png`) and what it shows. */
export interface NamedCard {
  name: string;
  card: SocialCard;
}

/** The card of an entry: its category and level above its title and definition, the site's name below. */
export function termCard(term: Term, category: ShownCategory): NamedCard {
  const t = messagesFor(term.language);
  return {
    name: cardName(folderOf(term.language), "terms", term.slug),
    card: {
      kicker: `${category.title} · ${levelName(t, term.level)}`,
      title: term.title,
      text: term.description,
      footer: settings.title,
      language: term.language,
    },
  };
}

/** The card of a category: how many entries it holds above its title and description. */
export function categoryCard(category: ShownCategory, termCount: number, language: string): NamedCard {
  const t = messagesFor(language);
  return {
    name: cardName(folderOf(language), "categories", category.id),
    card: {
      kicker: `${t.text("categories.title")} · ${t.count("count.terms", termCount)}`,
      title: category.title,
      text: category.description,
      footer: settings.title,
      language,
    },
  };
}

/** The card of the site in one language, shown by its home and every page without a card of its own. */
export async function siteCard(language: string): Promise<NamedCard> {
  const { terms, categories } = await glossaryData(language);
  const t = messagesFor(language);
  const address = new URL(absoluteUrl(folderOf(language)));
  return {
    name: cardName(folderOf(language), "site"),
    card: {
      kicker: `${t.count("count.terms", terms.length)} · ${t.count("count.categories", categories.length)}`,
      title: settings.title,
      text: glossaryDescription(terms.length, t, language),
      footer: `${address.host}${address.pathname.replace(/\/$/, "")}`,
      language,
    },
  };
}

/** A card whose every character the card fonts can draw: one with others would show boxes, and is not drawn. */
function drawable(named: NamedCard): boolean {
  return undrawable(named.card).length === 0;
}

/**
 * How a page's head refers to its card: its own, else its language's site card when its own cannot be drawn, else
 * none; none at all when `site.yaml` turns cards off.
 */
export async function pageCard(own: NamedCard | undefined, language: string): Promise<PageCard | undefined> {
  if (!settings.socialCards) return undefined;
  const card = own && drawable(own) ? own : await siteCard(language);
  if (card !== own && !drawable(card)) return undefined;
  const { title, text, language: cardLanguage } = card.card;
  return { url: absoluteUrl(cardPath(card.name)), alt: messagesFor(cardLanguage).text("card.alt", { title, text }) };
}

/**
 * Every card of the site that can be drawn, in every language: the site's, each category's and each entry's; none
 * when turned off. Cards with characters the card fonts lack are left out, and said so once.
 */
export async function siteCards(): Promise<NamedCard[]> {
  if (!settings.socialCards) return [];
  const cards: NamedCard[] = [];
  for (const language of [settings.language, ...settings.translations]) {
    const { terms, categories, termsByCategory, categoryById } = await glossaryData(language);
    cards.push(await siteCard(language));
    for (const category of categories) {
      cards.push(categoryCard(category, termsByCategory.get(category.id)?.length ?? 0, language));
    }
    for (const term of terms) {
      const category = categoryById.get(term.category);
      if (category) cards.push(termCard(term, category));
    }
  }
  const drawn: NamedCard[] = [];
  const left: { name: string; missing: string[] }[] = [];
  for (const named of cards) {
    const missing = undrawable(named.card);
    if (missing.length === 0) drawn.push(named);
    else left.push({ name: named.name, missing });
  }
  const [first] = left;
  if (first) {
    console.warn(
      `[glossary-cards] ${left.length} social card(s) not drawn: the card font lacks ${first.missing.slice(0, 5).join(" ")} (cards/${first.name}.png${left.length > 1 ? " and others" : ""}); their pages show the site's card, or none`,
    );
  }
  return drawn;
}
