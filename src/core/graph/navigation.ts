/** The entries before and after one entry in alphabetical order; absent at either end. */
export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

/** The previous and next items around position `index` of an already sorted list; in constant time. */
export function neighboursAt<T>(sorted: readonly T[], index: number): Neighbours<T> {
  const result: Neighbours<T> = {};
  if (index < 0 || index >= sorted.length) return result;
  const previous = sorted[index - 1];
  const next = sorted[index + 1];
  if (previous !== undefined) result.previous = previous;
  if (next !== undefined) result.next = next;
  return result;
}
