import * as z from "zod";
import type { Entry } from "../core/entry.ts";
import { categorySchema, frontMatterFields } from "../core/schema.ts";

/** What the content layer stores for each published entry: its validated front matter, file path and revision. */
export const entryRecordSchema = frontMatterFields.extend({
  /** Path of the entry file relative to the content root, for edit links and for reading the body. */
  file: z.string(),
  /** A digest of the entry's front matter and body: it changes whenever anything in the file does. */
  revision: z.string(),
});

/** The data of a stored entry, as pages read it. */
export type EntryRecord = z.output<typeof entryRecordSchema>;

/** Builds the stored record of an entry, given the digest of its file's content. */
export function toEntryRecord(entry: Entry, revision: string): EntryRecord {
  return { ...entry.data, file: entry.file, revision };
}

/** What the content layer stores for each category: the category plus its position in `categories.yaml`. */
export const categoryRecordSchema = categorySchema.extend({ position: z.number() });

/** The data of a stored category. */
export type CategoryRecord = z.output<typeof categoryRecordSchema>;
