/** The entries before and after one entry in alphabetical order; absent at either end. */
export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

/** Finds the previous and next items around the item with `slug` in an already sorted list. */
export function neighbours<T extends { slug: string }>(sorted: readonly T[], slug: string): Neighbours<T> {
  const index = sorted.findIndex((item) => item.slug === slug);
  if (index === -1) return {};
  const result: Neighbours<T> = {};
  const previous = sorted[index - 1];
  const next = sorted[index + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}
