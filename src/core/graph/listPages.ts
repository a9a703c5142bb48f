import type { LetterGroup } from "./letters.ts";

/** One page of a paginated list: its number (from 1), how many pages the list has, and the items on it. */
export interface ListPage<T> {
  number: number;
  pages: number;
  items: T[];
}

/** Splits a list into pages of at most `size` items; an empty list is one empty page, so its page still exists. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a whole number above 0: ${size}`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, index) => ({
    number: index + 1,
    pages,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** Whether the A–Z index is one page per letter: only once the glossary holds more entries than one list page. */
export function splitsIndex(entries: number, pageSize: number): boolean {
  return entries > pageSize;
}

/** One page of a letter of the split A–Z index. */
export interface LetterPage<T> extends ListPage<T> {
  letter: string;
}

/** Every page of the split A–Z index: each letter that has entries, paginated at `pageSize`, in A–Z order. */
export function letterPages<T>(groups: readonly LetterGroup<T>[], pageSize: number): LetterPage<T>[] {
  return groups
    .filter((group) => group.items.length > 0)
    .flatMap((group) => paginate(group.items, pageSize).map((page) => ({ ...page, letter: group.letter })));
}

/**
 * The page numbers a list's page links to: all of them up to 9 pages; beyond that the first, the last and the two
 * either side of the current one, with `undefined` where numbers are left out.
 */
export function pageNumbers(current: number, pages: number): (number | undefined)[] {
  if (pages <= 9) return Array.from({ length: pages }, (_, index) => index + 1);
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])]
    .filter((page) => page >= 1 && page <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((page, index) => (index > 0 && page - (shown[index - 1] ?? 0) > 1 ? [undefined, page] : [page]));
}
