import { foldAccents } from "./nameKey.ts";

/** A valid entry slug: lowercase letters and digits in groups joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest slug allowed: a readable address, and a file name every file system and archive format can hold. */
export const MAX_SLUG_LENGTH = 100;

/** Tells whether a string can be used as an entry slug (and so as a file name and URL segment). */
export function isValidSlug(value: string): boolean {
  return slugProblem(value) === undefined;
}

/** Why a string cannot be a slug, as the end of a sentence ("… is not a valid slug: <reason>"); undefined when it can. */
export function slugProblem(value: string): string | undefined {
  if (value.length > MAX_SLUG_LENGTH)
    return `it has ${value.length} characters, at most ${MAX_SLUG_LENGTH} are allowed`;
  return SLUG_PATTERN.test(value) ? undefined : "use lowercase letters, digits and single hyphens";
}

/** Turns a term name into a slug: accents folded, symbols dropped, words joined by single hyphens. */
export function slugify(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A slug cut to at most MAX_SLUG_LENGTH characters at a hyphen where there is one (`a-b-…-z` keeps whole words),
 * for suggestions; a single over-long word is cut where the limit falls.
 */
export function shortSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const atHyphen = cut.lastIndexOf("-");
  return (atHyphen > 0 ? cut.slice(0, atHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, "");
}
