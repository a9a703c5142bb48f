import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BundleCache } from "../../src/search/bundleCache.ts";
import { SearchIndexError } from "../../src/search/pagefindIndex.ts";
import { SEARCH_PARTS_FILE, searchPartFolder, splitIntoParts } from "../../src/search/searchParts.ts";
import { indexBuiltSite, indexedPageCount } from "../../src/search/siteIndex.ts";
import { fragmentUrls } from "../helpers/quality/completeness.ts";

/** A built site with a home page and one page per slug, each term page marked for indexing. */
function builtSite(slugs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "glossary-index-"));
  writeFileSync(join(dir, "index.html"), "<html lang='en'><body><h1>Home</h1><p>Everything.</p></body></html>");
  for (const slug of slugs) {
    mkdirSync(join(dir, "terms", slug), { recursive: true });
    const page = `<html lang="en"><body><nav>Menu</nav><article data-pagefind-body><h1>${slug}</h1><p>About ${slug}.</p></article></body></html>`;
    writeFileSync(join(dir, "terms", slug, "index.html"), page);
  }
  return dir;
}

const pagesOf = (slugs: string[]) => slugs.map((slug) => `terms/${slug}/index.html`);
const one = { language: "en", partSize: 100 };
const scratchCache = () => new BundleCache(mkdtempSync(join(tmpdir(), "glossary-bundle-cache-")));
const partsFile = (dir: string) => JSON.parse(readFileSync(join(dir, "pagefind", SEARCH_PARTS_FILE), "utf8"));

describe("indexBuiltSite", () => {
  it("indexes the term pages it is given, and nothing else, and writes the bundle", async () => {
    const dir = builtSite(["alpha", "beta", "gamma"]);
    await expect(indexBuiltSite(dir, pagesOf(["alpha", "beta"]), one)).resolves.toEqual({
      pageCount: 2,
      parts: 1,
      reusedParts: 0,
      keys: [""],
    });
    expect(indexedPageCount(join(dir, "pagefind"))).toBe(2);
    expect(existsSync(join(dir, "pagefind", "pagefind.js"))).toBe(true);
    expect(partsFile(dir)).toEqual({ parts: [] });
  });

  it("fails, naming the part and both counts, when a page handed over has nothing to index", async () => {
    const dir = builtSite(["alpha"]);
    writeFileSync(join(dir, "terms", "alpha", "index.html"), "<html lang='en'><body><p>No body.</p></body></html>");
    mkdirSync(join(dir, "terms", "beta"), { recursive: true });
    writeFileSync(
      join(dir, "terms", "beta", "index.html"),
      "<html lang='en'><body><main data-pagefind-body><p>Body.</p></main></body></html>",
    );
    const failure = indexBuiltSite(dir, pagesOf(["alpha", "beta"]), one);
    await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
    await expect(failure).rejects.toThrow("part 1 of 1 holds 1 pages but 2 term pages were built for it");
  });

  it("can run again after a failure (Pagefind is always closed)", async () => {
    await expect(indexBuiltSite(builtSite([]), pagesOf(["missing"]), one)).rejects.toThrow();
    await expect(indexBuiltSite(builtSite(["gamma"]), pagesOf(["gamma"]), one)).resolves.toMatchObject({
      pageCount: 1,
    });
  });

  it("writes more pages than a part holds in parts, each page in exactly one, and lists the parts", async () => {
    const slugs = Array.from({ length: 7 }, (_, index) => `term-${index}`);
    const dir = builtSite(slugs);
    const result = await indexBuiltSite(dir, pagesOf(slugs), { language: "en", partSize: 3 });
    expect(result).toEqual({ pageCount: 7, parts: 3, reusedParts: 0, keys: ["", "", ""] });
    expect(partsFile(dir)).toEqual({ parts: ["part-2/", "part-3/"] });
    const split = splitIntoParts(pagesOf(slugs), 3);
    const counts = split.map((_, index) => indexedPageCount(join(dir, "pagefind", searchPartFolder(index))));
    expect(counts).toEqual(split.map((part) => part.length));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(7);
    // Each part's fragments name exactly the pages of that part.
    for (const [index, part] of split.entries()) {
      const urls = fragmentUrls(join(dir, "pagefind", searchPartFolder(index)));
      expect(urls.sort()).toEqual(part.map((page) => `/${page.replace(/index\.html$/, "")}`).sort());
    }
  });

  it("writes no part without pages, which search could not read, however small the part size", async () => {
    const slugs = ["alpha", "beta", "gamma", "delta", "epsilon"];
    const dir = builtSite(slugs);
    const { parts } = await indexBuiltSite(dir, pagesOf(slugs), { language: "en", partSize: 1 });
    expect(partsFile(dir).parts).toHaveLength(parts - 1);
    const counts = Array.from({ length: parts }, (_, index) =>
      indexedPageCount(join(dir, "pagefind", searchPartFolder(index))),
    );
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(5);
  });

  it("reuses the cached parts whose pages are unchanged, and indexes again only the part of an edited page", async () => {
    const cache = scratchCache();
    const slugs = Array.from({ length: 6 }, (_, index) => `term-${index}`);
    const options = { language: "en", partSize: 3, cache };
    const first = builtSite(slugs);
    await expect(indexBuiltSite(first, pagesOf(slugs), options)).resolves.toMatchObject({
      pageCount: 6,
      parts: 2,
      reusedParts: 0,
    });
    const second = builtSite(slugs);
    writeFileSync(join(second, "index.html"), "<html><body>A home page is not indexed.</body></html>");
    await expect(indexBuiltSite(second, pagesOf(slugs), options)).resolves.toMatchObject({ reusedParts: 2 });
    const entryFile = (dir: string, part: number) =>
      readFileSync(join(dir, "pagefind", searchPartFolder(part), "pagefind-entry.json"), "utf8");
    expect(entryFile(second, 0)).toBe(entryFile(first, 0));
    expect(entryFile(second, 1)).toBe(entryFile(first, 1));
    const edited = builtSite(slugs);
    const editedPage = pagesOf(slugs)[0] as string;
    writeFileSync(
      join(edited, editedPage),
      "<html lang='en'><body><article data-pagefind-body>New</article></body></html>",
    );
    await expect(indexBuiltSite(edited, pagesOf(slugs), options)).resolves.toMatchObject({ reusedParts: 1 });
    const otherLanguage = builtSite(slugs);
    await expect(indexBuiltSite(otherLanguage, pagesOf(slugs), { ...options, language: "de" })).resolves.toMatchObject({
      reusedParts: 0,
    });
  });

  it("indexes every part again when the number of parts changes", async () => {
    const cache = scratchCache();
    const slugs = Array.from({ length: 6 }, (_, index) => `term-${index}`);
    await indexBuiltSite(builtSite(slugs), pagesOf(slugs), { language: "en", partSize: 3, cache });
    const grown = [...slugs, "term-6"];
    await expect(
      indexBuiltSite(builtSite(grown), pagesOf(grown), { language: "en", partSize: 3, cache }),
    ).resolves.toMatchObject({ pageCount: 7, parts: 3, reusedParts: 0 });
  });

  it("leaves the parts already in place as they are, and clears those it writes again", async () => {
    const slugs = Array.from({ length: 6 }, (_, index) => `term-${index}`);
    const options = { language: "en", partSize: 3, cache: scratchCache() };
    const dir = builtSite(slugs);
    const { keys } = await indexBuiltSite(dir, pagesOf(slugs), options);
    expect(keys).toHaveLength(2);
    const entry = (part: number) => join(dir, "pagefind", searchPartFolder(part), "pagefind-entry.json");
    const written = [statSync(entry(0)).mtimeMs, statSync(entry(1)).mtimeMs];
    // A file an earlier index left in the first part, and a third part of an index that had more.
    writeFileSync(join(dir, "pagefind", "fragment", "stale.pf_fragment"), "left over");
    cpSync(join(dir, "pagefind", "part-2"), join(dir, "pagefind", "part-3"), { recursive: true });
    const editedPage = splitIntoParts(pagesOf(slugs), 2)[1]?.[0] as string;
    writeFileSync(
      join(dir, editedPage),
      "<html lang='en'><body><article data-pagefind-body>New</article></body></html>",
    );
    const again = await indexBuiltSite(dir, pagesOf(slugs), { ...options, inPlace: keys });
    expect(again).toMatchObject({ parts: 2, reusedParts: 1 });
    expect(again.keys[0]).toBe(keys[0]);
    expect(again.keys[1]).not.toBe(keys[1]);
    expect(statSync(entry(0)).mtimeMs).toBe(written[0]);
    expect(existsSync(join(dir, "pagefind", "fragment", "stale.pf_fragment"))).toBe(true);
    expect(existsSync(join(dir, "pagefind", "part-3"))).toBe(false);
    expect(indexedPageCount(join(dir, "pagefind", "part-2"))).toBe(3);
    // Nothing in place: the first part is written again, and what an earlier index left in it goes.
    await indexBuiltSite(dir, pagesOf(slugs), { ...options, inPlace: [] });
    expect(existsSync(join(dir, "pagefind", "fragment", "stale.pf_fragment"))).toBe(false);
    expect(existsSync(join(dir, "pagefind", "part-2", "pagefind-entry.json"))).toBe(true);
  });
});
