import { createHash } from "node:crypto";
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

/**
 * A key that changes whenever anything an alias page shows changes: the site settings, the alias, and the slug and
 * title of the entry it sends readers to.
 */
export function aliasPageKey(redirect: AliasRedirect<{ slug: string; title: string }>, settings: unknown): string {
  const inputs = [settings, redirect.slug, redirect.alias, redirect.target.slug, redirect.target.title];
  return createHash("sha256").update(JSON.stringify(inputs)).digest("base64url");
}
