import { cardName, cardPath, type SocialCard } from "../core/publish/socialCard.ts";
import { levelName } from "../i18n/levels.ts";
import { messagesFor } from "../i18n/messages.ts";
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

/** How a page's head refers to a card, or nothing when `site.yaml` turns cards off. */
export function pageCard({ name, card }: NamedCard): PageCard | undefined {
  if (!settings.socialCards) return undefined;
  return {
    url: absoluteUrl(cardPath(name)),
    alt: messagesFor(card.language).text("card.alt", { title: card.title, text: card.text }),
  };
}

/** Every card of the site, in every language: the site's, each category's and each entry's; none when turned off. */
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
  return cards;
}
