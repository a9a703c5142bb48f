/**
 * The forms an entry's name takes in running text: the title, its parts around a trailing abbreviation, the aliases,
 * and the other number (singular or plural) of each. Pure: search, mentions and the warnings share it.
 */

/** A trailing "(X)" where X is an abbreviation: letters, digits, `/`, `&`, `-`, with a capital or a digit, ≤ 12 long. */
const ABBREVIATION = /^(.*\S)\s*\(([\p{L}\p{N}][\p{L}\p{N}/&.-]{0,11})\)$/u;

/** Splits "Infrastructure as a Service (IaaS)" into its base and abbreviation; a title without one is all base. */
export function splitAbbreviation(title: string): { base: string; abbreviation?: string } {
  const trimmed = title.trim();
  const match = ABBREVIATION.exec(trimmed);
  const [, base, abbreviation] = match ?? [];
  if (!base || !abbreviation || !/[\p{Lu}\p{N}]/u.test(abbreviation)) return { base: trimmed };
  return { base, abbreviation };
}

/** The other number forms of an English word by simple rules (-s, -es, -ies↔y); none for -ss words or capitals. */
function englishNumberForms(word: string): string[] {
  if (word.length < 2 || /\p{Lu}/u.test(word.slice(1)) || /^\p{Lu}+$/u.test(word)) return [];
  const lower = word.toLowerCase();
  if (lower.endsWith("ss")) return [`${word}es`];
  if (lower.endsWith("ies") && word.length > 4) return [`${word.slice(0, -3)}y`];
  if (/(?:ches|shes|sses|xes|zes)$/.test(lower)) return [word.slice(0, -2)];
  if (lower.endsWith("s") && !lower.endsWith("us") && !lower.endsWith("is")) return [word.slice(0, -1)];
  if (/[^aeiou]y$/.test(lower)) return [`${word.slice(0, -1)}ies`];
  if (/(?:ch|sh|x|z)$/.test(lower)) return [`${word}es`];
  return [`${word}s`];
}

/** Endings after which a Dutch plural takes -s rather than -en (`computer` → `computers`, `methode` → `methodes`). */
const DUTCH_S_PLURAL = /(?:e|el|em|en|er|je|ie)$/;

/**
 * The other number forms of a Dutch word by cautious rules: -s after an unstressed ending (-e, -el, -em, -en, -er,
 * -je, -ie), -'s after another vowel, else -en (`netwerk` → `netwerken`); back from -s, -'s and -en, undoing a doubled
 * consonant (`modellen` → `model`) and only where no vowel would change (`lagen` is left: its singular is `laag`).
 */
function dutchNumberForms(word: string): string[] {
  if (word.length < 3 || /\p{Lu}/u.test(word.slice(1)) || /^\p{Lu}+$/u.test(word)) return [];
  const lower = word.toLowerCase();
  if (lower.endsWith("'s") || lower.endsWith("’s")) return [word.slice(0, -2)];
  const forms: string[] = [];
  if (lower.endsWith("s") && DUTCH_S_PLURAL.test(lower.slice(0, -1))) forms.push(word.slice(0, -1));
  if (lower.endsWith("en") && lower.length > 4) {
    const stem = word.slice(0, -2);
    const last = stem.slice(-2).toLowerCase();
    if (last[0] === last[1] && /[^aeiou]/.test(last[0] ?? "")) forms.push(stem.slice(0, -1));
    else if (/[^aeiou][^aeiou]$/.test(last)) forms.push(stem);
  }
  if (forms.length > 0) return forms;
  if (DUTCH_S_PLURAL.test(lower)) return [`${word}s`];
  if (/[aiouy]$/.test(lower)) return [`${word}'s`];
  return [`${word}en`];
}

/**
 * The other number forms of a name's last word ("Containers" → "Container"), by the simple rules of the languages
 * whose interface is translated (English and Dutch); none in other languages.
 */
export function numberForms(name: string, language: string): string[] {
  const rules = /^en\b/i.test(language) ? englishNumberForms : /^nl\b/i.test(language) ? dutchNumberForms : undefined;
  if (!rules) return [];
  const match = (rules === dutchNumberForms ? /^(.*?)(\p{L}+(?:['’]s)?)$/u : /^(.*?)(\p{L}+)$/u).exec(name.trim());
  if (!match) return [];
  const [, head = "", last = ""] = match;
  return rules(last).map((form) => `${head}${form}`);
}

/** Every distinct name of an entry: title, base and abbreviation of the title, aliases, and their number forms. */
export function nameForms(title: string, aliases: readonly string[], language: string): string[] {
  const { base, abbreviation } = splitAbbreviation(title);
  const names = [title.trim(), base, ...(abbreviation ? [abbreviation] : []), ...aliases.map((alias) => alias.trim())];
  const forms = names.flatMap((name) => [name, ...numberForms(name, language)]).filter(Boolean);
  return [...new Set(forms)];
}
