/** Something with a display title that can be put in alphabetical order. */
export interface Titled {
  title: string;
}

const collators = new Map<string, Intl.Collator>();

/**
 * Returns the glossary's collator for a language: case- and accent-insensitive, numbers in numeric order. The order
 * is CLDR's for the language: in Dutch "ij" sorts as i then j (Ierland, IJsselmeer, Ik), and the ligature "ĳ" as "ij".
 */
export function collatorFor(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: "base", numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

/** Compares two titles alphabetically; exact ties fall back to code-point order so sorting is stable and total. */
export function compareTitles(a: string, b: string, language = "en"): number {
  const order = collatorFor(language).compare(a, b);
  if (order !== 0) return order;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Returns a new array of the items in alphabetical order of their titles. */
export function sortByTitle<T extends Titled>(items: readonly T[], language = "en"): T[] {
  return [...items].sort((a, b) => compareTitles(a.title, b.title, language));
}
