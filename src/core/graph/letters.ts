import { foldAccents } from "../content/nameKey.ts";
import { sortByTitle, type Titled } from "./collation.ts";

/** The bucket for titles that do not start with a letter A–Z (digits, symbols, other scripts). */
export const OTHER_BUCKET = "#";

/** Every bucket of the A–Z index in display order: `#` first, then A to Z. */
export const INDEX_LETTERS: readonly string[] = [OTHER_BUCKET, ..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

/**
 * The index bucket a title belongs to: its first letter with accents removed and ligatures split ("Ångström" → A;
 * Dutch "IJsselmeer" and "ĳs", with the ligature U+0133, → I, as Dutch dictionaries file them), or `#`.
 */
export function letterOf(title: string): string {
  const first = foldAccents(title.trim()).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : OTHER_BUCKET;
}

/** One bucket of the A–Z index and the items in it, alphabetically. */
export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** Sorts items into every A–Z bucket (empty buckets included, so the letter bar can show them as inactive). */
export function groupByLetter<T extends Titled>(items: readonly T[], language = "en"): LetterGroup<T>[] {
  const groups = new Map<string, T[]>(INDEX_LETTERS.map((letter) => [letter, []]));
  for (const item of sortByTitle(items, language)) {
    groups.get(letterOf(item.title))?.push(item);
  }
  return INDEX_LETTERS.map((letter) => ({ letter, items: groups.get(letter) ?? [] }));
}
