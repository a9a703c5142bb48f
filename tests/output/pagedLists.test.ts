import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { loadGlossary, publishedEntries } from "../../src/core/content/glossary.ts";
import { PAGED_PAGE_SIZE } from "../helpers/buildSites.ts";
import { BuiltSite } from "../helpers/builtSite.ts";
import { fixtureSite } from "../helpers/fixtureSite.ts";

/** The most bytes any page may take gzipped, as at 10,000 entries. */
const PAGE_BUDGET = 100 * 1024;

const site = () => new BuiltSite(inject("pagedDist"), "/");
const glossary = () => loadGlossary(inject("pagedContent"));
const termUrls = (file: string) =>
  site()
    .parsed(file)
    .querySelectorAll(".term-list dt > a")
    .map((a) => a.getAttribute("href"));
const headLink = (file: string, rel: string) =>
  site().parsed(file).querySelector(`head link[rel="${rel}"]`)?.getAttribute("href");
const jsonLd = (file: string) =>
  site()
    .parsed(file)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as { "@graph": Record<string, unknown>[] });
const listFiles = (prefix: string) =>
  site()
    .htmlFiles()
    .filter((file) => file.startsWith(prefix));

describe("a glossary longer than one list page", () => {
  it("keeps the letter bar on the home page, linking each letter's page with its count, and no A–Z list", () => {
    const home = site().parsed("index.html");
    expect(home.querySelectorAll(".letter-group")).toHaveLength(0);
    const letters = home.querySelectorAll(".letter-bar a");
    expect(letters.length).toBeGreaterThan(3);
    const published = publishedEntries(glossary());
    let total = 0;
    for (const a of letters) {
      expect(a.getAttribute("href")).toMatch(/^\/letters\/(?:[a-z]|other)\/$/);
      // Read as a screen reader reads it: "B, 12 terms" (the comma and the word are visually hidden).
      const [, , number] = /^(.+), (\d+) terms?$/.exec(a.textContent.trim()) ?? [];
      const count = Number(number);
      expect(count).toBeGreaterThan(0);
      expect(termUrls(site().fileFor(a.getAttribute("href") ?? "") ?? "").length).toBe(
        Math.min(count, PAGED_PAGE_SIZE),
      );
      total += count;
    }
    expect(total).toBe(published.length);
  });

  it("shows the newest entries and the categories on the home page", () => {
    const home = site().parsed("index.html");
    const newest = home.querySelectorAll("[aria-labelledby=newest-heading] .term-list dt > a");
    const latest = publishedEntries(glossary())
      .map((entry) => entry.data.published)
      .sort()
      .at(-1);
    expect(newest).toHaveLength(10);
    const first = publishedEntries(glossary()).find((e) => `/terms/${e.slug}/` === newest[0]?.getAttribute("href"));
    expect(first?.data.published).toBe(latest);
    expect(home.querySelectorAll("#categories .category-list a").length).toBe(glossary().categories.length);
  });

  it("splits the A–Z index into letter pages of at most the page size, linked in order by rel=prev/next", () => {
    const files = listFiles("letters/");
    const continued = files.filter((file) => /^letters\/[^/]+\/\d+\/index\.html$/.test(file));
    expect(continued.length).toBeGreaterThan(0);
    for (const file of files) expect(termUrls(file).length).toBeLessThanOrEqual(PAGED_PAGE_SIZE);
    for (const file of continued) {
      const [, letter, number] = /^letters\/([^/]+)\/(\d+)\//.exec(file) ?? [];
      const previous = Number(number) === 2 ? `/letters/${letter}/` : `/letters/${letter}/${Number(number) - 1}/`;
      expect(headLink(file, "prev")).toBe(`https://example.org${previous}`);
      expect(site().parsed(file).querySelector('.pagination a[rel="prev"]')?.getAttribute("href")).toBe(previous);
      const before = site().fileFor(previous) ?? "";
      expect(headLink(before, "next")).toBe(`https://example.org/${file.replace(/index\.html$/, "")}`);
    }
    const firstPages = files.filter((file) => /^letters\/[^/]+\/index\.html$/.test(file));
    for (const file of firstPages) expect(headLink(file, "prev")).toBeUndefined();
  });

  it("carries the DefinedTermSet on the letter pages, every term once, and not on the home page", () => {
    const [home] = jsonLd("index.html");
    const set = home?.["@graph"][0];
    expect(set?.["@type"]).toBe("DefinedTermSet");
    expect(set?.hasDefinedTerm).toBeUndefined();
    const terms = listFiles("letters/").flatMap((file) =>
      jsonLd(file).flatMap((data) =>
        data["@graph"].flatMap((node) => {
          expect(node["@id"]).toBe(set?.["@id"]);
          return (node.hasDefinedTerm as { url: string }[]).map((term) => term.url);
        }),
      ),
    );
    const expected = publishedEntries(glossary()).map((entry) => `https://example.org/terms/${entry.slug}/`);
    expect(terms.sort()).toEqual(expected.sort());
  });

  it("paginates each category with rel=prev/next, all of its entries across its pages", () => {
    for (const category of glossary().categories) {
      const files = listFiles(`categories/${category.id}/`);
      const members = publishedEntries(glossary()).filter((entry) => entry.data.category === category.id);
      expect(files).toHaveLength(Math.max(1, Math.ceil(members.length / PAGED_PAGE_SIZE)));
      const listed = files.flatMap(termUrls);
      expect(listed.sort()).toEqual(members.map((entry) => `/terms/${entry.slug}/`).sort());
      if (files.length > 1) {
        expect(headLink(`categories/${category.id}/index.html`, "next")).toBe(
          `https://example.org/categories/${category.id}/2/`,
        );
        expect(site().parsed(`categories/${category.id}/2/index.html`).querySelector("title")?.textContent).toContain(
          `page 2 of ${files.length}`,
        );
      }
    }
  });

  it("lists every letter and category page in the sitemap", () => {
    const sitemap = site().text("sitemap.xml");
    for (const file of [...listFiles("letters/"), ...listFiles("categories/")]) {
      expect(sitemap).toContain(`<loc>https://example.org/${file.replace(/index\.html$/, "")}</loc>`);
    }
  });

  it("links no more entries from any list page than one page size, so no page grows with the glossary", () => {
    const lists = site()
      .htmlFiles()
      .filter((file) => !file.startsWith("terms/"));
    for (const file of lists) {
      const linked = new Set(
        site()
          .parsed(file)
          .querySelectorAll("main a[href^='/terms/']")
          .map((a) => a.getAttribute("href")),
      );
      expect(linked.size, file).toBeLessThanOrEqual(Math.max(PAGED_PAGE_SIZE, 10));
    }
  });

  it("keeps every page under 100 kB gzipped", () => {
    const sizes = site()
      .htmlFiles()
      .map((file) => ({ file, bytes: gzipSync(readFileSync(join(site().dir, file))).length }));
    expect(sizes.filter(({ bytes }) => bytes > PAGE_BUDGET)).toEqual([]);
  });
});

describe("a glossary that fits on one list page", () => {
  it("keeps the whole A–Z index on the home page, with no letter pages and no numbered pages", () => {
    const fixture = fixtureSite();
    expect(fixture.parsed("index.html").querySelectorAll(".letter-group").length).toBeGreaterThan(3);
    expect(
      fixture.htmlFiles().filter((file) => file.startsWith("letters/") || /\/\d+\/index\.html$/.test(file)),
    ).toEqual([]);
    expect(fixture.parsed("index.html").querySelector(".letter-bar a")?.getAttribute("href")).toMatch(/^#letter-/);
  });
});
