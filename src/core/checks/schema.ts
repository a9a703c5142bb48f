import * as z from "zod";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../content/slug.ts";
import { DATE_PATTERN, isRealDate } from "./dates.ts";
import { BIDI_CONTROL_MESSAGE, hasBidiControl, hasControlCharacter, isVisibleName } from "./names.ts";

/** The three levels an entry can be written for, from least to most background needed. */
export const LEVELS = ["beginner", "intermediate", "advanced"] as const;

/** How much background an entry assumes. */
export type Level = (typeof LEVELS)[number];

/** The longest definition allowed: it has to fit on a card, in a meta description and in a search result. */
export const DESCRIPTION_MAX = 280;

/** A line of text as contributors write it, trimmed, possibly empty: no bidirectional controls, no control characters. */
export const lineOfText = z
  .string()
  .trim()
  .refine((value) => !hasBidiControl(value), {
    error: BIDI_CONTROL_MESSAGE,
    params: { rule: "bidi-control" },
  })
  .refine((value) => !hasControlCharacter(value), {
    error:
      "holds a control character (such as a `\\b` or `\\x01` escape), which pages do not show and the feed cannot hold: remove it",
    params: { rule: "control-character" },
  });

/** Text that must say something: a line of text that is not empty. */
export const text = lineOfText.min(1, { error: "must not be empty", abort: true });

/** A term's name (a title or an alias): text that shows at least one letter, digit or symbol. */
const name = text.refine(isVisibleName, {
  error: "has no visible characters (only spaces or invisible format characters such as U+200B): write the name",
  params: { rule: "name-invisible" },
});

/** The most aliases one entry may have: each becomes an address and a search name, so a runaway list is an error. */
export const MAX_ALIASES = 30;

/**
 * An alias as written: a plain name, or `{ name, ambiguous: true }` for a name several entries share (an
 * abbreviation such as CD), which gets a page listing them all instead of a redirect to one.
 */
const alias = z.union([name, z.strictObject({ name, ambiguous: z.boolean().default(false) })]);

/** The names of a validated alias list, and those of them marked ambiguous. */
function splitAliases(aliases: readonly z.output<typeof alias>[]): { aliases: string[]; ambiguous: string[] } {
  return {
    aliases: aliases.map((item) => (typeof item === "string" ? item : item.name)),
    ambiguous: aliases.flatMap((item) => (typeof item !== "string" && item.ambiguous ? [item.name] : [])),
  };
}

const date = z
  .string()
  .refine((value) => DATE_PATTERN.test(value), {
    error: "must be a date written YYYY-MM-DD, e.g. 2026-04-21",
    params: { rule: "date-format" },
    abort: true,
  })
  .refine(isRealDate, { error: "is not a real calendar date", params: { rule: "date-impossible" } });

/** Tells whether a string is an absolute http or https URL. */
function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:";
}

/** An absolute http or https address, trimmed. */
export const httpUrl = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value), {
    error: "is not a valid absolute URL, e.g. https://example.org/",
    params: { rule: "url-invalid" },
    abort: true,
  })
  .refine(isHttpUrl, { error: "must use http or https", params: { rule: "url-protocol" }, abort: true });

/** A cited source: a readable title and an http(s) address. */
export const sourceSchema = z.strictObject({ title: text, url: httpUrl });

/** The fields of an entry's front matter, each checked on its own. */
export const frontMatterFields = z.strictObject({
  title: name,
  description: text.max(DESCRIPTION_MAX, {
    error: `must be one sentence of at most ${DESCRIPTION_MAX} characters`,
  }),
  category: text,
  level: z.enum(LEVELS),
  published: date,
  updated: date.optional(),
  aliases: z
    .array(alias)
    .max(MAX_ALIASES, { error: `lists more than ${MAX_ALIASES} aliases: keep the names readers really use` })
    .default([]),
  /** The page heading, when the style's question does not fit the term ("What are Containers?" for a plural). */
  heading: text.optional(),
  related: z.array(text).default([]),
  sources: z.array(sourceSchema).default([]),
  draft: z.boolean().default(false),
  /** Whether mentions of other terms in the body become links (when the site links mentions at all). */
  linkMentions: z.boolean().default(true),
});

/**
 * The fields of an entry or a translation with the rules across fields both have: `updated` not before `published`;
 * and its aliases read as names, with the ones marked ambiguous listed apart.
 */
function withRulesAcrossFields<
  Fields extends z.ZodType<{ published: string; updated?: string | undefined; aliases: z.output<typeof alias>[] }>,
>(fields: Fields) {
  return fields
    .refine((data) => data.updated === undefined || data.updated >= data.published, {
      error: "must not be before `published`",
      path: ["updated"],
      params: { rule: "updated-before-published" },
    })
    .transform((data): Omit<z.output<Fields>, "aliases"> & ReturnType<typeof splitAliases> => ({
      ...data,
      ...splitAliases(data.aliases),
    }));
}

/** The front matter of one entry file, exactly as contributors write it (unknown keys are errors). */
export const frontMatterSchema = withRulesAcrossFields(frontMatterFields);

/** The validated front matter of one entry, with defaults filled in. */
export type FrontMatter = z.output<typeof frontMatterSchema>;

/** One category of the glossary. */
export const categorySchema = z.strictObject({
  id: z
    .string()
    .regex(SLUG_PATTERN, { error: "must be lowercase letters, digits and single hyphens, e.g. core-concepts" })
    .max(MAX_SLUG_LENGTH, { error: `must have at most ${MAX_SLUG_LENGTH} characters: it is the category's address` }),
  title: name,
  description: text,
});

/** A category as declared in `categories.yaml`. */
export type Category = z.output<typeof categorySchema>;

/** The whole `categories.yaml` file: a list of categories. */
export const categoriesSchema = z.array(categorySchema).min(1, { error: "must list at least one category" });

/**
 * The fields a translation takes from the entry it translates, and may not give itself: one concept has one
 * category, one level and one set of related concepts in every language.
 */
export const ENTRY_ONLY_FIELDS = ["category", "level", "related", "linkMentions"] as const;

/** The fields of a translation's front matter, each checked on its own. */
export const translationFields = frontMatterFields.pick({
  title: true,
  description: true,
  published: true,
  updated: true,
  aliases: true,
  heading: true,
  sources: true,
  draft: true,
});

/** The front matter of a translation (`<lang>/terms/<slug>.md`): the names, text and dates of one language. */
export const translationSchema = withRulesAcrossFields(translationFields);

/** The validated front matter of one translation. */
export type TranslationFrontMatter = z.output<typeof translationSchema>;
