import * as z from "zod";
import type { Entry } from "../core/entry.ts";
import { categorySchema, frontMatterFields } from "../core/schema.ts";

/** What the content layer stores for each published entry: its validated front matter plus its file path. */
export const entryRecordSchema = frontMatterFields.extend({
  /** Path of the entry file relative to the content root, for edit links. */
  file: z.string(),
});

/** The data of a stored entry, as pages read it. */
export type EntryRecord = z.output<typeof entryRecordSchema>;

/** Builds the stored record of an entry. */
export function toEntryRecord(entry: Entry): EntryRecord {
  return { ...entry.data, file: entry.file };
}

/** What the content layer stores for each category: the category plus its position in `categories.yaml`. */
export const categoryRecordSchema = categorySchema.extend({ position: z.number() });

/** The data of a stored category. */
export type CategoryRecord = z.output<typeof categoryRecordSchema>;
