import * as z from "zod";
import { categorySchema, frontMatterFields } from "../core/checks/schema.ts";
import { bodyDigest } from "../core/content/bodyDigest.ts";
import type { Entry } from "../core/content/entry.ts";

/** What the content layer stores for each published entry: its validated front matter, file path and revision. */
export const entryRecordSchema = frontMatterFields.extend({
  /** The aliases' names, as validated (an alias written as an object is stored by its name). */
  aliases: z.array(z.string()),
  /** The aliases marked ambiguous. */
  ambiguous: z.array(z.string()),
  /** Path of the entry file relative to the content root, for edit links and for reading the body. */
  file: z.string(),
  /** A digest of the entry's file and of what it links: it changes whenever either does. */
  revision: z.string(),
  /** A digest of the body as it was validated (see bodyDigest.ts): the body rendered must have the same. */
  bodyDigest: z.string(),
  /** The entries the body links to, in order, without repeats. */
  links: z.array(z.string()),
  /** The entries whose first mention in the body becomes a link, in order. */
  mentioned: z.array(z.string()),
});

/** The data of a stored entry, as pages read it. */
export type EntryRecord = z.output<typeof entryRecordSchema>;

/** Builds the stored record of an entry from the entry and what the loader worked out about its links. */
export function toEntryRecord(entry: Entry, facts: Pick<EntryRecord, "revision" | "links" | "mentioned">): EntryRecord {
  return { ...entry.data, file: entry.file, bodyDigest: bodyDigest(entry.body), ...facts };
}

/** What the content layer stores for each category: the category plus its position in `categories.yaml`. */
export const categoryRecordSchema = categorySchema.extend({ position: z.number() });

/** The data of a stored category. */
export type CategoryRecord = z.output<typeof categoryRecordSchema>;

/** What the content layer stores for each published translation: the entry record in its language. */
export const translationRecordSchema = entryRecordSchema.extend({
  /** The language of the translation, one of `translations` in `site.yaml`. */
  language: z.string(),
});

/** The data of a stored translation. */
export type TranslationRecord = z.output<typeof translationRecordSchema>;

/** A name list as stored: every published entry with the names it has on one language's pages. */
const namedSlugSchema = z.object({ slug: z.string(), title: z.string(), aliases: z.array(z.string()) });

/**
 * What the content layer stores for each language of the site: the categories as its pages show them, those left
 * untranslated, and every entry's names in that language (see editionNames). Only a site with translations has
 * these records.
 */
export const languageRecordSchema = z.object({
  categories: z.array(categorySchema),
  untranslatedCategories: z.array(z.string()),
  names: z.array(namedSlugSchema),
});

/** The data of a stored language. */
export type LanguageRecord = z.output<typeof languageRecordSchema>;
