import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Entry } from "../../../src/core/content/entry.ts";
import type { Glossary } from "../../../src/core/content/glossary.ts";
import { publishedEntries } from "../../../src/core/content/glossary.ts";
import { disambiguations } from "../../../src/core/graph/aliases.ts";
import { SEARCH_PARTS_FILE, type SearchPartsList } from "../../../src/search/searchParts.ts";
import type { BuiltSite } from "../builtSite.ts";

/** A page a Pagefind bundle holds: its URL and the language it is indexed as. */
export interface IndexedPage {
  url: string;
  language: string;
}

/**
 * The pages one Pagefind bundle's fragment files name, each with the language of its file name's prefix
 * (`nl_1c826c1.pf_fragment`); each file is gzipped, after Pagefind's own prefix.
 */
function bundlePages(bundleDir: string): IndexedPage[] {
  const dir = join(bundleDir, "fragment");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString("utf8");
    const { url } = JSON.parse(text.slice(text.indexOf("{"))) as { url: string };
    return { url, language: file.slice(0, file.indexOf("_")) };
  });
}

/** The page URLs one Pagefind bundle's fragment files name. */
export function fragmentUrls(bundleDir: string): string[] {
  return bundlePages(bundleDir).map((page) => page.url);
}

/** The pages the search index holds, over the bundle at `bundleDir` and every other part `parts.json` lists. */
export function indexedPages(bundleDir: string): IndexedPage[] {
  const { parts } = JSON.parse(readFileSync(join(bundleDir, SEARCH_PARTS_FILE), "utf8")) as SearchPartsList;
  return [bundleDir, ...parts.map((part) => join(bundleDir, part))].flatMap(bundlePages);
}

/** The page URLs the search index holds, over the bundle at `bundleDir` and every other part `parts.json` lists. */
export function indexedUrls(bundleDir: string): string[] {
  return indexedPages(bundleDir).map((page) => page.url);
}

/** One language's pages: the folder they are in (`` for the site's own language, `nl/`) and its published entries. */
interface LanguagePages {
  folder: string;
  published: Entry[];
}

/**
 * The problems of one language's pages: each of its published entries exactly once as a page, in its A–Z index,
 * on its category's pages (and no other's) and in the search index.
 */
function languageProblems(
  glossary: Glossary,
  site: BuiltSite,
  { folder, published }: LanguagePages,
  otherFolders: string[],
): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(folder === "" ? what : `${folder.slice(0, -1)}: ${what}`);
  const count = <T>(items: T[], item: T) => items.filter((other) => other === item).length;
  const inFolder = (path: string) =>
    path.startsWith(folder) && !otherFolders.some((other) => other !== folder && path.startsWith(other));
  const files = site.htmlFiles().filter(inFolder);
  const links = (file: string, selector: string) =>
    site
      .parsed(file)
      .querySelectorAll(selector)
      .map((a) => a.getAttribute("href"));
  // The A–Z index is the home page's letter groups, or, once split, every page under `letters/`.
  const letterFiles = files.filter((file) => file.startsWith(`${folder}letters/`));
  const home =
    letterFiles.length > 0
      ? letterFiles.flatMap((file) => links(file, ".term-list dt > a"))
      : links(`${folder}index.html`, ".letter-group dt a");
  const indexed = indexedUrls(join(site.dir, "pagefind"))
    .map((url) => url.replace(/^\//, ""))
    .filter(inFolder)
    .map((url) => `${site.base}${url}`);
  const listed = new Map(
    glossary.categories.map((category) => [
      category.id,
      files
        .filter((file) => new RegExp(`^${folder}categories/${category.id}/(?:\\d+/)?index\\.html$`).test(file))
        .flatMap((file) => links(file, ".term-list dt > a")),
    ]),
  );
  for (const entry of published) {
    const url = `${site.base}${folder}terms/${entry.slug}/`;
    if (!site.fileFor(url)) say(`${entry.slug}: no page`);
    if (count(home, url) !== 1) say(`${entry.slug}: ${count(home, url)} times in the A–Z index`);
    for (const [id, urls] of listed) {
      const expected = id === entry.data.category ? 1 : 0;
      if (count(urls, url) !== expected) say(`${entry.slug}: ${count(urls, url)} times on category ${id}`);
    }
    if (count(indexed, url) !== 1) say(`${entry.slug}: ${count(indexed, url)} times in the search index`);
  }
  // A name several entries share has a page of its own at its address, listing them: not an entry's page.
  const shared = new Set(
    disambiguations(published.map((entry) => ({ slug: entry.slug, aliases: entry.data.aliases }))).map(
      ({ slug }) => `${folder}terms/${slug}/index.html`,
    ),
  );
  const termPages = files.filter(
    (file) =>
      new RegExp(`^${folder}terms/[^/]+/index\\.html$`).test(file) && !site.redirectOf(file) && !shared.has(file),
  );
  if (termPages.length !== published.length) say(`${termPages.length} term pages for ${published.length} entries`);
  if (home.length !== published.length) say(`${home.length} A–Z entries for ${published.length} entries`);
  if (indexed.length !== published.length) say(`${indexed.length} search records for ${published.length} entries`);
  return problems;
}

/**
 * Every published entry must appear exactly once as a page, in the A–Z index (the home page's, or the pages of a
 * split one), on its category's pages (and no other's), and in the search index; drafts nowhere. The same holds in
 * each translated language (under its folder, `nl/`) for the published translations. Lists every way the built site
 * falls short, a translated language's problems prefixed with it (`nl: …`).
 */
export function completenessProblems(glossary: Glossary, site: BuiltSite): string[] {
  const languages: LanguagePages[] = [
    { folder: "", published: publishedEntries(glossary) },
    ...glossary.editions.map((edition) => ({
      folder: `${edition.language}/`,
      published: edition.entries.filter((entry) => !entry.data.draft),
    })),
  ];
  const folders = languages.map((language) => language.folder).filter(Boolean);
  return languages.flatMap((language) => languageProblems(glossary, site, language, folders));
}
