import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BundleCache } from "../../src/search/bundleCache.ts";
import { SearchIndexError } from "../../src/search/pagefindIndex.ts";
import { indexBuiltSite, termPageFiles } from "../../src/search/siteIndex.ts";

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

describe("indexBuiltSite", () => {
  it("indexes the term pages only and writes the bundle", async () => {
    const dir = builtSite(["alpha", "beta"]);
    await expect(indexBuiltSite(dir, "en", 2)).resolves.toEqual({ pageCount: 2, reused: false });
    expect(existsSync(join(dir, "pagefind", "pagefind.js"))).toBe(true);
    expect(existsSync(join(dir, "pagefind", "pagefind-component-ui.js"))).toBe(true);
  });

  it("fails, saying how many pages are missing, when fewer pages are indexed than were built", async () => {
    const dir = builtSite(["alpha"]);
    const failure = indexBuiltSite(dir, "en", 3);
    await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
    await expect(failure).rejects.toThrow("it holds 1 pages but 3 term pages were built");
  });

  it("can run again after a failure (Pagefind is always closed)", async () => {
    await expect(indexBuiltSite(builtSite([]), "en", 1)).rejects.toThrow(SearchIndexError);
    await expect(indexBuiltSite(builtSite(["gamma"]), "en", 1)).resolves.toEqual({ pageCount: 1, reused: false });
  });

  it("reuses the cached bundle while the term pages are unchanged, and indexes again when one changes", async () => {
    const cache = new BundleCache(mkdtempSync(join(tmpdir(), "glossary-bundle-cache-")));
    const first = builtSite(["alpha", "beta"]);
    await expect(indexBuiltSite(first, "en", 2, cache)).resolves.toEqual({ pageCount: 2, reused: false });
    const second = builtSite(["alpha", "beta"]);
    writeFileSync(join(second, "index.html"), "<html><body>A home page is not indexed.</body></html>");
    await expect(indexBuiltSite(second, "en", 2, cache)).resolves.toEqual({ pageCount: 2, reused: true });
    const entryFile = (dir: string) => readFileSync(join(dir, "pagefind", "pagefind-entry.json"), "utf8");
    expect(entryFile(second)).toBe(entryFile(first));
    const edited = builtSite(["alpha", "beta"]);
    writeFileSync(
      join(edited, "terms", "beta", "index.html"),
      "<html><body><article data-pagefind-body>New</article></body></html>",
    );
    await expect(indexBuiltSite(edited, "en", 2, cache)).resolves.toEqual({ pageCount: 2, reused: false });
    const otherLanguage = builtSite(["alpha", "beta"]);
    await expect(indexBuiltSite(otherLanguage, "de", 2, cache)).resolves.toEqual({ pageCount: 2, reused: false });
  });

  it("indexes again when a term page is added", async () => {
    const cache = new BundleCache(mkdtempSync(join(tmpdir(), "glossary-bundle-cache-")));
    await indexBuiltSite(builtSite(["alpha"]), "en", 1, cache);
    const grown = builtSite(["alpha", "beta"]);
    await expect(indexBuiltSite(grown, "en", 2, cache)).resolves.toEqual({ pageCount: 2, reused: false });
  });
});

describe("termPageFiles", () => {
  it("lists the term pages a built site has, and nothing else", () => {
    const dir = builtSite(["alpha", "beta"]);
    mkdirSync(join(dir, "terms", "empty"));
    expect(termPageFiles(dir).sort()).toEqual(["terms/alpha/index.html", "terms/beta/index.html"]);
    rmSync(join(dir, "terms"), { recursive: true });
    expect(termPageFiles(dir)).toEqual([]);
  });
});
