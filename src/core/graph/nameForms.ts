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

/** The other number forms of a name's last word ("Containers" → "Container"): English only, else none. */
export function numberForms(name: string, language: string): string[] {
  if (!/^en\b/i.test(language)) return [];
  const match = /^(.*?)([\p{L}]+)$/u.exec(name.trim());
  if (!match) return [];
  const [, head = "", last = ""] = match;
  return englishNumberForms(last).map((form) => `${head}${form}`);
}

/** Every distinct name of an entry: title, base and abbreviation of the title, aliases, and their number forms. */
export function nameForms(title: string, aliases: readonly string[], language: string): string[] {
  const { base, abbreviation } = splitAbbreviation(title);
  const names = [title.trim(), base, ...(abbreviation ? [abbreviation] : []), ...aliases.map((alias) => alias.trim())];
  const forms = names.flatMap((name) => [name, ...numberForms(name, language)]).filter(Boolean);
  return [...new Set(forms)];
}
