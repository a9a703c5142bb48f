import type { Entry } from "../content/entry.ts";
import { letterPath, pagedPath } from "../publish/paths.ts";
import { aliasAddresses } from "./aliases.ts";
import { groupByLetter } from "./letters.ts";
import { letterPages, paginate, splitsIndex } from "./listPages.ts";

/** The entries of one language as the site lists them: slug, title (translated in an edition), category, draft. */
type ListedEntry = Pick<Entry, "slug" | "data">;

/** What the site's page set is built from: entries of the site's language and of each translation, settings, files. */
export interface SitePagesInput {
  /** The site's own language, whose collation orders its A–Z index. */
  language: string;
  entries: readonly ListedEntry[];
  categories: readonly { id: string }[];
  listPageSize: number;
  /** Each translated language with its translations, merged with their entries (translated titles, shared category). */
  editions: readonly { language: string; entries: readonly ListedEntry[] }[];
  /** The static files of `public/`, as site paths (`/favicon.svg`). */
  publicFiles: readonly string[];
}

/**
 * The pages of one language's folder (`""` or `nl/`) for its published entries, as the site lists them: the home,
 * categories and search pages, a page per entry, each category's pages and, once the index is split, each letter's
 * pages, numbered when long; root-relative paths with a trailing slash.
 */
function languagePages(
  folder: string,
  language: string,
  entries: readonly ListedEntry[],
  input: SitePagesInput,
): string[] {
  const size = input.listPageSize;
  const at = (path: string) => `/${folder}${path}`;
  const pages = [at(""), at("categories/"), at("search/")];
  for (const entry of entries) pages.push(at(`terms/${entry.slug}/`));
  for (const category of input.categories) {
    const members = entries.filter((entry) => entry.data.category === category.id);
    for (const page of paginate(members, size)) pages.push(at(pagedPath(`categories/${category.id}/`, page.number)));
  }
  if (splitsIndex(entries.length, size)) {
    const titled = entries.map((entry) => ({ ...entry, title: entry.data.title }));
    for (const page of letterPages(groupByLetter(titled, language), size)) {
      pages.push(at(pagedPath(letterPath(page.letter), page.number)));
    }
  }
  return pages;
}

/**
 * Every address the site will have, before the base path is applied: the home, entry, alias and disambiguation pages, category and
 * letter pages (numbered when long), search, the feed and other files of the site root, the same pages under each
 * translation's folder (its letter and category pages from its own published translations), and the static files of
 * `public/`.
 */
export function sitePages(input: SitePagesInput): Set<string> {
  const published = (entries: readonly ListedEntry[]) => entries.filter((entry) => !entry.data.draft);
  const own = published(input.entries);
  const aliases = aliasAddresses(own.map((entry) => ({ slug: entry.slug, aliases: entry.data.aliases })));
  const pages = new Set([
    ...languagePages("", input.language, own, input),
    ...[...aliases.keys()].map((slug) => `/terms/${slug}/`),
    ...["/feed.xml", "/sitemap.xml", "/terms.json", "/robots.txt", "/404.html"],
    ...input.publicFiles,
  ]);
  for (const edition of input.editions) {
    for (const page of languagePages(`${edition.language}/`, edition.language, published(edition.entries), input)) {
      pages.add(page);
    }
  }
  return pages;
}
