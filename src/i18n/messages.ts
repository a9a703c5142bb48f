import { parseDate } from "../core/checks/dates.ts";
import { isoWeek } from "../core/publish/isoWeek.ts";
import { CATALOGUES, type Catalogue, type PluralForms, type PluralKey, type TextKey } from "./catalogues.ts";
import { PLACEHOLDER } from "./placeholders.ts";

export type { MessageKey, PluralForms, PluralKey, TextKey } from "./catalogues.ts";
export { messageParts } from "./placeholders.ts";

/** The values of a message's placeholders by name; numbers are written in the language's number format. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Every text the site shows, in one language, with the language's ways of writing counts, dates and weeks. */
export interface Messages {
  /** The language tag of the catalogue the texts come from (`nl` for a page in `nl-BE`). */
  readonly language: string;
  /** The tag numbers, plurals and dates follow: the page's language if the catalogue is in it, else the catalogue's. */
  readonly locale: string;
  /** A message with its placeholders filled; a placeholder given no value stays as written (`{name}`). */
  text(key: TextKey, values?: MessageValues): string;
  /** The form of a plural message that `n` needs, with `{count}` as `n` in the language's number format. */
  count(key: PluralKey, n: number, values?: MessageValues): string;
  /** Every form of a plural message as written, for code that picks the form itself (a script in the browser). */
  forms(key: PluralKey): PluralForms;
  /** A `YYYY-MM-DD` date written out in the language's long form, in UTC ("3 February 2025", "3 februari 2025"). */
  date(isoDate: string): string;
  /** The ISO week of a `YYYY-MM-DD` date as the language writes it ("week 6 of 2025", "week 6 van 2025"). */
  week(isoDate: string): string;
}

/** The languages that have a catalogue, by their tags. */
export const CATALOGUE_LANGUAGES: readonly string[] = Object.keys(CATALOGUES);

/** The language subtag of a tag (`nl-BE` → `nl`), or the tag itself when it is not one Intl reads. */
function baseLanguage(tag: string): string {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return tag;
  }
}

/** The tag of the catalogue a language's pages use: its own, else its base language's, else English. */
function catalogueLanguage(language: string): string {
  if (Object.hasOwn(CATALOGUES, language)) return language;
  const base = baseLanguage(language);
  return Object.hasOwn(CATALOGUES, base) ? base : "en";
}

/** Whether a language's pages have texts of their own: a catalogue of its tag or of its base language (`nl-BE`). */
export function hasCatalogue(language: string): boolean {
  return catalogueLanguage(language) !== "en" || baseLanguage(language) === "en";
}

function createMessages(language: string): Messages {
  const tag = catalogueLanguage(language);
  const catalogue = CATALOGUES[tag] as Catalogue;
  const locale = baseLanguage(language) === baseLanguage(tag) ? language : tag;
  const numbers = new Intl.NumberFormat(locale);
  const plainNumbers = new Intl.NumberFormat(locale, { useGrouping: false });
  const plurals = new Intl.PluralRules(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const fill = (message: string, values: MessageValues = {}) =>
    message.replace(PLACEHOLDER, (placeholder, name: string) => {
      const value = Object.hasOwn(values, name) ? values[name] : undefined;
      if (value === undefined) return placeholder;
      return typeof value === "number" ? numbers.format(value) : value;
    });
  const messages: Messages = {
    language: tag,
    locale,
    text: (key, values) => fill(catalogue[key] as string, values),
    count: (key, n, values) => {
      const forms = messages.forms(key);
      return fill(forms[plurals.select(n)] ?? forms.other, { ...values, count: n });
    },
    forms: (key) => catalogue[key] as PluralForms,
    date: (isoDate) => dates.format(parseDate(isoDate)),
    week: (isoDate) => {
      const { week, year } = isoWeek(isoDate);
      return messages.text("date.week", { week: plainNumbers.format(week), year: plainNumbers.format(year) });
    },
  };
  return messages;
}

const cache = new Map<string, Messages>();

/**
 * The messages of a language: the catalogue of its exact tag, else of its base language (`nl-BE` → `nl`, `en-GB` →
 * `en`), else English. Made once per language.
 */
export function messagesFor(language: string): Messages {
  let messages = cache.get(language);
  if (!messages) {
    messages = createMessages(language);
    cache.set(language, messages);
  }
  return messages;
}
