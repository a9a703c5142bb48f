/** Names shorter than this (in characters) get no typo keys: one mistake in three letters is another word. */
export const MIN_TYPO_LENGTH = 4;

/**
 * Queries longer than this (in characters) are not matched with typos: each character is a lookup, and no name is
 * that long (a pasted paragraph is searched as text).
 */
export const MAX_TYPO_LENGTH = 80;

/** The distinct strings made by deleting one character (code point) of `key`: its typo keys. */
export function deletions(key: string): string[] {
  const characters = [...key];
  const found = new Set<string>();
  for (let at = 0; at < characters.length; at++) {
    found.add(characters.slice(0, at).join("") + characters.slice(at + 1).join(""));
  }
  return [...found];
}

/**
 * The optimal string alignment distance of `a` and `b` (a character inserted, deleted or replaced, or two
 * neighbours swapped, each costing one), by code point, or `max + 1` as soon as it must be more than `max`: only
 * a band of `max` either side of the diagonal is computed.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  const beyond = max + 1;
  let before = new Array<number>(t.length + 1).fill(beyond);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => (j <= max ? j : beyond));
  for (let i = 1; i <= s.length; i++) {
    const current = new Array<number>(t.length + 1).fill(beyond);
    if (i <= max) current[0] = i;
    const from = Math.max(1, i - max);
    const to = Math.min(t.length, i + max);
    let best = current[0] ?? beyond;
    for (let j = from; j <= to; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? beyond) + 1,
        (current[j - 1] ?? beyond) + 1,
        (previous[j - 1] ?? beyond) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? beyond) + 1);
      }
      current[j] = Math.min(value, beyond);
      best = Math.min(best, current[j] ?? beyond);
    }
    if (best > max) return beyond;
    before = previous;
    previous = current;
  }
  return Math.min(previous[t.length] ?? beyond, beyond);
}
