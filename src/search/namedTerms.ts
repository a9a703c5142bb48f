import type { Level } from "../core/checks/schema.ts";
import { numberForms, splitAbbreviation } from "../core/graph/nameForms.ts";
import { readsAsPlural } from "../core/graph/pluralTitle.ts";
import { levelLabel } from "../core/publish/levels.ts";
import type { NamedTerm } from "./nameIndex.ts";

/** What an entry's data offers the name index, from the content folder (dev) or the content store (build). */
interface NamedData {
  title: string;
  aliases: readonly string[];
  description: string;
  level: Level;
}

/**
 * The names besides its title that find an entry by name: its aliases, its title's parts around an abbreviation,
 * and the singular of a plural title. Other number forms are left to the prefix and typo search, which finds them.
 */
function searchAliases(title: string, aliases: readonly string[]): string[] {
  const { base, abbreviation } = splitAbbreviation(title);
  const singular = readsAsPlural(title, "en") ? numberForms(title, "en") : [];
  const names = [...aliases, base, ...(abbreviation ? [abbreviation] : []), ...singular];
  return [...new Set(names.filter((name) => name !== title.trim()))];
}

/**
 * An entry as the name index knows it: its names (every name form, see nameForms: "Container" and "CD" find
 * "Containers" and "Continuous Delivery (CD)"), definition, category title and level label, and `language`, the
 * language of its page when that is not the index's (an untranslated entry in a translated language's index).
 */
export function namedTerm(slug: string, data: NamedData, categoryTitle: string, language?: string): NamedTerm {
  return {
    slug,
    title: data.title,
    aliases: searchAliases(data.title, data.aliases),
    definition: data.description,
    category: categoryTitle,
    level: levelLabel(data.level),
    ...(language === undefined ? {} : { language }),
  };
}
