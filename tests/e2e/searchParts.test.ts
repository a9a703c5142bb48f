import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { searchPartCount, splitIntoParts } from "../../src/search/searchParts.ts";
import { PAGED_ENTRIES, PAGED_SEARCH_PART_SIZE } from "../helpers/buildSites.ts";
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

/** Types a query into the header search and returns the result links once they settle. */
async function headerResults(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press("/");
  await page.waitForSelector("pagefind-modal dialog[open]");
  await page.keyboard.type(query);
  await page.waitForFunction(
    (q) => document.querySelector("pagefind-modal pagefind-summary")?.textContent?.includes(q),
    query,
  );
  await page.waitForSelector("pagefind-modal pagefind-results .pf-result-link");
  return page.$$eval("pagefind-modal pagefind-results .pf-result-link", (links) =>
    links.map((link) => link.getAttribute("href") ?? ""),
  );
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

  it("finds a term of every part by its name, first, loading each part's entry once", async () => {
    for (const part of parts) {
      const entry = all.find((candidate) => candidate.page === part[0]);
      if (!entry) throw new Error("no entry for a part");
      const page = await site.visit();
      const requests: string[] = [];
      page.on("request", (request) => requests.push(new URL(request.url()).pathname));
      const links = await headerResults(page, entry.title);
      expect(links[0]).toBe(`/terms/${entry.slug}/`);
      expect(requests.filter((path) => path.endsWith("/pagefind-entry.json")).sort()).toEqual([
        "/pagefind/pagefind-entry.json",
        "/pagefind/part-2/pagefind-entry.json",
        "/pagefind/part-3/pagefind-entry.json",
      ]);
      // The search code and its WebAssembly come from the first part only.
      expect(requests.filter((path) => path.includes("/part-") && /\.(?:js|pagefind)$/.test(path))).toEqual([]);
    }
  });

  it("counts the pages of every part in the search page's filters", async () => {
    const page = await site.visit("search/");
    await page.click('pagefind-filter-dropdown[filter="level"] button');
    const options = 'pagefind-filter-dropdown[filter="level"] [role="option"]';
    await page.waitForFunction((selector) => /\d/.test(document.querySelector(selector)?.textContent ?? ""), options);
    const texts = await page.$$eval(options, (items) => items.map((item) => item.textContent ?? ""));
    const counts = texts.map((text) => Number(/(\d+)\s*$/.exec(text)?.[1] ?? 0));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(PAGED_ENTRIES);
  });

  it("logged no console errors", () => {
    expect(site.errors).toEqual([]);
  });
});
