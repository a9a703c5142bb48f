import { foldAccents } from "./nameKey.ts";

/** A valid entry slug: lowercase letters and digits in groups joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Tells whether a string can be used as an entry slug (and so as a file name and URL segment). */
export function isValidSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** Turns a term name into a slug: accents folded, symbols dropped, words joined by single hyphens. */
export function slugify(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
