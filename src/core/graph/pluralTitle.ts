/**
 * When a title reads as a plural, so that the page's question is "What are Containers?" rather than "What is …?".
 * The rule is English only and deliberately cautious; an entry whose heading it gets wrong sets `heading:`.
 */

/** English words that end in -s but are singular or have one form for both numbers. */
const INVARIANT = new Set(["means", "series", "species", "news", "lens", "bus", "gas", "analysis", "kubernetes"]);

/**
 * Whether a title reads as a plural in `language`: English, its last word in lower case after its first letter
 * and ending in -s after a letter other than s, u, i or a (not "class", "corpus", "analysis", "bias"), not in -ics
 * ("ethics"), not a known invariant ("k-means", "series"), and no "of" phrase ("Mixture of Experts" is one thing).
 */
export function readsAsPlural(title: string, language: string): boolean {
  if (!/^en\b/i.test(language)) return false;
  const words = title.trim().split(/\s+/u);
  const last = words.at(-1) ?? "";
  if (words.some((word) => word.toLowerCase() === "of")) return false;
  if (!/^\p{L}\p{Ll}*$/u.test(last) || last.length < 4) return false;
  const lower = last.toLowerCase();
  if (INVARIANT.has(lower) || INVARIANT.has(title.trim().toLowerCase()) || lower.endsWith("ics")) return false;
  return /[^suia]s$/u.test(lower);
}
