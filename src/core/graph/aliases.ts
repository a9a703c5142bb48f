import { slugify } from "../content/slug.ts";

/** An alias address: `/terms/<slug>/` sends readers to the entry `target`. */
export interface AliasRedirect<T> {
  slug: string;
  alias: string;
  target: T;
}

/** A name several entries share (an abbreviation such as CD): its address `/terms/<slug>/` lists them all. */
export interface Disambiguation<T> {
  slug: string;
  /** The name as the first entry (in the given order) writes it. */
  name: string;
  /** The entries that have the name, in the given order. */
  targets: T[];
}

/**
 * Every alias address of a set of entries, with the entries it would lead to: one per alias whose slug is not the
 * entry's own (an alias that only differs in case or accents already has the entry's address), each entry once.
 */
export function aliasAddresses<T extends { slug: string; aliases: readonly string[] }>(
  entries: readonly T[],
): Map<string, { alias: string; targets: T[] }> {
  const addresses = new Map<string, { alias: string; targets: T[] }>();
  const pages = new Set(entries.map((entry) => entry.slug));
  for (const target of entries) {
    const seen = new Set([target.slug, ""]);
    for (const alias of target.aliases) {
      const slug = slugify(alias);
      if (seen.has(slug) || pages.has(slug)) continue;
      seen.add(slug);
      const address = addresses.get(slug);
      if (address) address.targets.push(target);
      else addresses.set(slug, { alias, targets: [target] });
    }
  }
  return addresses;
}

/**
 * The redirect addresses of a set of entries: one per alias whose slug is not the entry's own and not repeated
 * within the entry, unless several entries share it (then its address is a disambiguation page).
 */
export function aliasRedirects<T extends { slug: string; aliases: readonly string[] }>(
  entries: readonly T[],
): AliasRedirect<T>[] {
  return [...aliasAddresses(entries)].flatMap(([slug, { alias, targets }]) =>
    targets.length === 1 && targets[0] !== undefined ? [{ slug, alias, target: targets[0] }] : [],
  );
}

/** The alias addresses several entries share (the checks allow that only for names marked ambiguous), by slug. */
export function disambiguations<T extends { slug: string; aliases: readonly string[] }>(
  entries: readonly T[],
): Disambiguation<T>[] {
  return [...aliasAddresses(entries)].flatMap(([slug, { alias, targets }]) =>
    targets.length > 1 ? [{ slug, name: alias, targets }] : [],
  );
}
