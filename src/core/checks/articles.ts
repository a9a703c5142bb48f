/** Articles that may stand before a term at the start of a sentence, by language subtag. */
const ARTICLES: Readonly<Record<string, readonly string[]>> = {
  en: ["a", "an", "the"],
  nl: ["de", "het", "een"],
  de: ["der", "die", "das", "ein", "eine"],
};

/** The articles of a language (`nl-BE` uses `nl`'s), in lower case; none for a language not listed. */
export function articlesOf(language: string): readonly string[] {
  const base = language.split("-")[0]?.toLowerCase() ?? "";
  return ARTICLES[base] ?? [];
}
