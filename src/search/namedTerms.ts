import type { Level } from "../core/checks/schema.ts";
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
 * An entry as the name index knows it: its names, definition, category title and level label, and `language`, the
 * language of its page when that is not the index's (an untranslated entry in a translated language's index).
 */
export function namedTerm(slug: string, data: NamedData, categoryTitle: string, language?: string): NamedTerm {
  return {
    slug,
    title: data.title,
    aliases: data.aliases,
    definition: data.description,
    category: categoryTitle,
    level: levelLabel(data.level),
    ...(language === undefined ? {} : { language }),
  };
}
