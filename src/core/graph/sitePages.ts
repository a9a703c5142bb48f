import type { Entry } from "../content/entry.ts";
import { letterPath, pagedPath } from "../publish/paths.ts";
import { aliasRedirects } from "./aliases.ts";
import { groupByLetter } from "./letters.ts";
import { letterPages, paginate, splitsIndex } from "./listPages.ts";

/** What the site's page set is built from: published entries of the site's language, categories, settings, files. */
export interface SitePagesInput {
  entries: readonly Pick<Entry, "slug" | "data">[];
  categories: readonly { id: string }[];
  listPageSize: number;
  /** The translated languages, each with the slugs of its published translations. */
  translations: ReadonlyMap<string, ReadonlySet<string>>;
  /** The static files of `public/`, as site paths (`/favicon.svg`). */
  publicFiles: readonly string[];
}

/** The pages of one language's folder (`""` or `nl/`), as root-relative paths with a trailing slash for folders. */
function languagePages(folder: string, input: SitePagesInput, termSlugs: Iterable<string>): string[] {
  const { entries, categories, listPageSize: size } = input;
  const at = (path: string) => `/${folder}${path}`;
  const pages = [at(""), at("categories/"), at("search/")];
  for (const slug of termSlugs) pages.push(at(`terms/${slug}/`));
  for (const category of categories) {
    const members = entries.filter((entry) => entry.data.category === category.id);
    for (const page of paginate(members, size)) pages.push(at(pagedPath(`categories/${category.id}/`, page.number)));
  }
  if (splitsIndex(entries.length, size)) {
    const titled = entries.map((entry) => ({ ...entry, title: entry.data.title }));
    for (const page of letterPages(groupByLetter(titled), size)) {
      pages.push(at(pagedPath(letterPath(page.letter), page.number)));
    }
  }
  return pages;
}

/**
 * Every address the site will have, before the base path is applied: the home, entry and alias pages, category and
 * letter pages (numbered when long), search, the feed and other files of the site root, the same pages under each
 * translation's folder, and the static files of `public/`.
 */
export function sitePages(input: SitePagesInput): Set<string> {
  const published = input.entries.filter((entry) => !entry.data.draft);
  const own = { ...input, entries: published };
  const aliases = aliasRedirects(published.map((entry) => ({ slug: entry.slug, aliases: entry.data.aliases })));
  const pages = new Set([
    ...languagePages(
      "",
      own,
      published.map((entry) => entry.slug),
    ),
    ...aliases.map((alias) => `/terms/${alias.slug}/`),
    ...["/feed.xml", "/sitemap.xml", "/terms.json", "/robots.txt", "/404.html"],
    ...input.publicFiles,
  ]);
  for (const [language, slugs] of input.translations) {
    for (const page of languagePages(`${language}/`, own, slugs)) pages.add(page);
  }
  return pages;
}
