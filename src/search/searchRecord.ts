import type { Category } from "../core/checks/schema.ts";
import type { Entry } from "../core/content/entry.ts";
import { markdownToPlainText } from "../core/content/plainText.ts";
import { levelLabel } from "../core/publish/levels.ts";
import { termPath } from "../core/publish/paths.ts";

/** The separator between aliases in the `aliases` search metadata of a term page. */
export const ALIAS_SEPARATOR = ", ";

/** A search record for one entry, in the shape of Pagefind's custom records. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Builds the search record of an entry straight from its content, with the same metadata and filters that its
 * built page carries: used where there are no built pages to index (the dev server). `path` is the page's
 * site-relative address (a translation's is under its language's folder).
 */
export function searchRecord(
  entry: Entry,
  category: Category,
  language: string,
  path = termPath(entry.slug),
): SearchRecord {
  const { title, aliases, description, level } = entry.data;
  const meta: Record<string, string> = {
    title,
    definition: description,
    category: category.title,
    level: levelLabel(level),
  };
  if (aliases.length > 0) meta.aliases = aliases.join(ALIAS_SEPARATOR);
  return {
    url: `/${path}`,
    content: [description, aliases.join(" "), markdownToPlainText(entry.body)].join("\n\n"),
    language,
    meta,
    filters: { category: [category.title], level: [levelLabel(level)] },
  };
}
