import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Glossary } from "../../../src/core/content/glossary.ts";
import { publishedEntries } from "../../../src/core/content/glossary.ts";
import { SEARCH_PARTS_FILE, type SearchPartsList } from "../../../src/search/searchParts.ts";
import type { BuiltSite } from "../builtSite.ts";

/** The page URLs one Pagefind bundle's fragment files name (each file is gzipped, after Pagefind's own prefix). */
export function fragmentUrls(bundleDir: string): string[] {
  const dir = join(bundleDir, "fragment");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString("utf8");
    return (JSON.parse(text.slice(text.indexOf("{"))) as { url: string }).url;
  });
}

/** The page URLs the search index holds, over the bundle at `bundleDir` and every other part `parts.json` lists. */
export function indexedUrls(bundleDir: string): string[] {
  const { parts } = JSON.parse(readFileSync(join(bundleDir, SEARCH_PARTS_FILE), "utf8")) as SearchPartsList;
  return [bundleDir, ...parts.map((part) => join(bundleDir, part))].flatMap(fragmentUrls);
}

/**
 * Every published entry must appear exactly once as a page, in the A–Z index (the home page's, or the pages of a
 * split one), on its category's pages (and no other's), and in the search index; drafts nowhere. Lists every way the built site falls short.
 */
export function completenessProblems(glossary: Glossary, site: BuiltSite): string[] {
  const problems: string[] = [];
  const published = publishedEntries(glossary);
  const count = <T>(items: T[], item: T) => items.filter((other) => other === item).length;
  const files = site.htmlFiles();
  const links = (file: string, selector: string) =>
    site
      .parsed(file)
      .querySelectorAll(selector)
      .map((a) => a.getAttribute("href"));
  // The A–Z index is the home page's letter groups, or, once split, every page under `letters/`.
  const letterFiles = files.filter((file) => file.startsWith("letters/"));
  const home =
    letterFiles.length > 0
      ? letterFiles.flatMap((file) => links(file, ".term-list dt > a"))
      : links("index.html", ".letter-group dt a");
  const indexed = indexedUrls(join(site.dir, "pagefind")).map((url) => `${site.base}${url.replace(/^\//, "")}`);
  const listed = new Map(
    glossary.categories.map((category) => [
      category.id,
      files
        .filter((file) => new RegExp(`^categories/${category.id}/(?:\\d+/)?index\\.html$`).test(file))
        .flatMap((file) => links(file, ".term-list dt > a")),
    ]),
  );
  for (const entry of published) {
    const url = `${site.base}terms/${entry.slug}/`;
    if (!site.fileFor(url)) problems.push(`${entry.slug}: no page`);
    if (count(home, url) !== 1) problems.push(`${entry.slug}: ${count(home, url)} times in the A–Z index`);
    for (const [id, urls] of listed) {
      const expected = id === entry.data.category ? 1 : 0;
      if (count(urls, url) !== expected) problems.push(`${entry.slug}: ${count(urls, url)} times on category ${id}`);
    }
    if (count(indexed, url) !== 1) problems.push(`${entry.slug}: ${count(indexed, url)} times in the search index`);
  }
  const termPages = files.filter((file) => /^terms\/[^/]+\/index\.html$/.test(file) && !site.redirectOf(file));
  if (termPages.length !== published.length)
    problems.push(`${termPages.length} term pages for ${published.length} entries`);
  if (home.length !== published.length) problems.push(`${home.length} A–Z entries for ${published.length} entries`);
  if (indexed.length !== published.length)
    problems.push(`${indexed.length} search records for ${published.length} entries`);
  return problems;
}
