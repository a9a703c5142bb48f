import { slugify } from "../content/slug.ts";

/** An alias address: `/terms/<slug>/` sends readers to the entry `target`. */
export interface AliasRedirect<T> {
  slug: string;
  alias: string;
  target: T;
}

/**
 * The redirect addresses of a set of entries: one per alias whose slug is not the entry's own (an alias that only
 * differs in case or accents already has the entry's address) and not repeated within the entry.
 */
export function aliasRedirects<T extends { slug: string; aliases: readonly string[] }>(
  entries: readonly T[],
): AliasRedirect<T>[] {
  const redirects: AliasRedirect<T>[] = [];
  for (const target of entries) {
    const seen = new Set([target.slug, ""]);
    for (const alias of target.aliases) {
      const slug = slugify(alias);
      if (seen.has(slug)) continue;
      seen.add(slug);
      redirects.push({ slug, alias, target });
    }
  }
  return redirects;
}
