import type { Entry } from "../content/entry.ts";
import type { Edition } from "../content/translations.ts";

/** An entry's names as one language's pages know them. */
export interface NamedSlug {
  slug: string;
  title: string;
  aliases: string[];
}

/** Names without repeats, first spelling kept (`Deep Learning` and `deep learning` are one name). */
function distinct(names: readonly string[], except: string): string[] {
  const seen = new Set([except.toLowerCase()]);
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The names of every published entry in one language: a translated entry is known by its translated title, then
 * its translated aliases and its names in every other language; an untranslated one by its own names and its names
 * in the other translations. `edition` is undefined for the site's own language. Mentions and the search by name
 * use these, so "diep leren" finds Deep Learning from either language's pages.
 */
export function editionNames(
  entries: readonly Entry[],
  editions: readonly Edition[],
  edition: Edition | undefined,
): NamedSlug[] {
  const translatedIn = editions.map(
    (other) => new Map(other.entries.filter((entry) => !entry.data.draft).map((entry) => [entry.slug, entry])),
  );
  const own = edition ? translatedIn[editions.indexOf(edition)] : undefined;
  return entries
    .filter((entry) => !entry.data.draft)
    .map((entry) => {
      const shown = own?.get(entry.slug) ?? entry;
      const others = [entry, ...translatedIn.map((byslug) => byslug.get(entry.slug))].filter(
        (other): other is Entry => other !== undefined && other !== shown,
      );
      const names = [...shown.data.aliases, ...others.flatMap((other) => [other.data.title, ...other.data.aliases])];
      return { slug: entry.slug, title: shown.data.title, aliases: distinct(names, shown.data.title) };
    });
}
