/**
 * Every message catalogue of the site, by language tag. Adding a language is one JSON file in `catalogues/` with
 * exactly the keys of `en.json`, and one line here; `tests/unit/catalogues.test.ts` fails for a file left out.
 */
import en from "./catalogues/en.json" with { type: "json" };
import nl from "./catalogues/nl.json" with { type: "json" };

/** The English catalogue's messages: the reference every other catalogue translates key for key. */
type English = typeof en;

/** The key of a message, as `en.json` names it (`term.heading.question`). */
export type MessageKey = keyof English;

/** The key of a message that is one text. */
export type TextKey = { [Key in MessageKey]: English[Key] extends string ? Key : never }[MessageKey];

/** The key of a plural message, whose form depends on a count. */
export type PluralKey = Exclude<MessageKey, TextKey>;

/** The forms of a plural message, by Intl.PluralRules category; `other` is always there. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** One language's messages: a text, or the plural forms of a count, for every key English has. */
export type Catalogue = Readonly<Record<MessageKey, string | PluralForms>>;

/** The catalogues by language tag. */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = { en, nl };
