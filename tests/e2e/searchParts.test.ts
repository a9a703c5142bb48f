import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { searchPartCount, splitIntoParts } from "../../src/search/searchParts.ts";
import { PAGED_ENTRIES, PAGED_SEARCH_PART_SIZE } from "../helpers/buildSites.ts";
import { optionsAt } from "../helpers/searchUi.ts";
import { SiteBrowser } from "../helpers/siteBrowser.ts";

let site: SiteBrowser;

beforeAll(async () => {
  site = await SiteBrowser.open(inject("pagedDist"), "/");
});

afterAll(async () => {
  await site?.close();
});

/** The generated glossary's entries, each with its title and the page search indexes it from. */
function entries(): { slug: string; title: string; page: string }[] {
  const terms = join(inject("pagedContent"), "terms");
  return readdirSync(terms).map((file) => {
    const slug = file.replace(/\.md$/, "");
    const title = /^title: (.*)$/m.exec(readFileSync(join(terms, file), "utf8"))?.[1] ?? "";
    return { slug, title, page: `terms/${slug}/index.html` };
  });
}

/** Searches the search page's box for `query` and returns the result links once the text has been searched. */
async function textResults(page: Page, query: string): Promise<string[]> {
  await page.fill("[data-search-page] input", query);
  return optionsAt(page, "[data-search-page]", query, "done");
}

describe("a search index written in parts", () => {
  const all = entries();
  const count = searchPartCount(PAGED_ENTRIES, PAGED_SEARCH_PART_SIZE);
  const parts = splitIntoParts(
    all.map((entry) => entry.page),
    count,
  );

  it("is the glossary the other tests expect: three parts", () => {
    expect(all).toHaveLength(PAGED_ENTRIES);
    expect(count).toBe(3);
    expect(parts.every((part) => part.length > 0)).toBe(true);
  });

  it("finds text on pages of every part, loading each part's entry once", async () => {
    for (const part of parts) {
      const entry = all.find((candidate) => candidate.page === part[0]);
      if (!entry) throw new Error("no entry for a part");
      const page = await site.visit();
      const requests: string[] = [];
      page.on("request", (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(site.url("search/"));
      const links = await textResults(page, entry.title);
      expect(links).toContain(`/terms/${entry.slug}/`);
      expect(requests.filter((path) => path.endsWith("/pagefind-entry.json")).sort()).toEqual([
        "/pagefind/pagefind-entry.json",
        "/pagefind/part-2/pagefind-entry.json",
        "/pagefind/part-3/pagefind-entry.json",
      ]);
      // The search code and its WebAssembly come from the first part only.
      expect(requests.filter((path) => path.includes("/part-") && /\.(?:js|pagefind)$/.test(path))).toEqual([]);
    }
  });

  it("narrows text results of every part by level", async () => {
    const page = await site.visit("search/");
    const levels = await page.$$eval("[data-search-filter=level] option", (options) =>
      options.map((option) => (option as HTMLOptionElement).value).filter(Boolean),
    );
    expect(levels.length).toBeGreaterThan(1);
    const [level] = levels;
    const entry = all[0];
    if (!entry || !level) throw new Error("no entry or level");
    await page.selectOption("[data-search-filter=level]", level);
    const links = await textResults(page, entry.title);
    expect(links.length).toBeGreaterThan(0);
    const facts = await page.$$eval("[data-search-page] .search-option-facts", (nodes) =>
      nodes.map((n) => n.textContent),
    );
    expect(facts.every((text) => text?.endsWith(level))).toBe(true);
  });

  it("logged no console errors", () => {
    expect(site.errors).toEqual([]);
  });
});
