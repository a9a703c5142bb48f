import { beforeAll, describe, expect, it } from "vitest";
import type { BuiltSite } from "../helpers/builtSite.ts";
import { BASE, fixtureSite, glossary, published } from "../helpers/fixtureSite.ts";

let site: BuiltSite;

beforeAll(() => {
  site = fixtureSite();
});

describe("the A–Z index", () => {
  it("lists every published term once, with its definition, grouped by letter in collation order", () => {
    const home = site.page(BASE);
    const groups = home.querySelectorAll(".letter-group");
    expect(groups.map((group) => group.getAttribute("id"))).toEqual([
      "letter-other",
      "letter-a",
      "letter-k",
      "letter-x",
    ]);
    const terms = home.querySelectorAll(".letter-group dt a").map((a) => a.getAttribute("href"));
    expect(terms).toEqual(
      ["2-gram", "angstrom", "k-means", "kernel-trick", "xylophone"].map((s) => `${BASE}terms/${s}/`),
    );
    const definitions = home.querySelectorAll(".letter-group dd").map((dd) => dd.textContent.trim());
    expect(new Set(definitions)).toEqual(new Set(published.map((entry) => entry.data.description)));
  });

  it("has a letter bar with a link per filled letter and inactive letters for the rest", () => {
    const bar = site.page(BASE).querySelector('nav[aria-label="Jump to letter"]');
    const links = bar?.querySelectorAll("a").map((a) => [a.textContent.trim(), a.getAttribute("href")]);
    // The "#" is shown, and read as "Digits and symbols" (its text for screen readers, visually hidden).
    expect(links).toEqual([
      ["#Digits and symbols", "#letter-other"],
      ["A", "#letter-a"],
      ["K", "#letter-k"],
      ["X", "#letter-x"],
    ]);
    const inactive = bar?.querySelectorAll('[aria-disabled="true"]').map((span) => span.textContent.trim());
    expect(inactive).toHaveLength(23);
    expect(inactive).toContain("B");
    expect(inactive).not.toContain("A");
  });

  it("lists the categories with their term counts", () => {
    const cards = site.page(BASE).querySelectorAll("#categories .card");
    expect(cards.map((card) => card.getAttribute("href"))).toEqual(
      glossary.categories.map((category) => `${BASE}categories/${category.id}/`),
    );
    expect(cards[0]?.textContent).toContain("(3 terms)");
    expect(cards[2]?.textContent).toContain("(0 terms)");
  });
});

describe("category pages", () => {
  it.each(glossary.categories.map((category) => [category.id, category] as const))("%s", (id, category) => {
    const page = site.page(`${BASE}categories/${id}/`);
    expect(page.querySelector("h1")?.textContent.trim()).toBe(category.title);
    expect(page.querySelector(".lead")?.textContent.trim()).toBe(category.description);
    const expected = published
      .filter((entry) => entry.data.category === id)
      .map((entry) => `${BASE}terms/${entry.slug}/`)
      .sort();
    const listed = page.querySelectorAll(".term-list dt > a").map((a) => a.getAttribute("href") ?? "");
    expect([...listed].sort()).toEqual(expected);
    if (expected.length === 0) expect(page.textContent).toContain("No terms in this category yet.");
  });
});

describe("the whole site", () => {
  it("has a 404 page and a categories overview", () => {
    expect(site.fileFor(`${BASE}404.html`)).toBe("404.html");
    expect(site.page(`${BASE}categories/`).querySelectorAll(".category-list .card")).toHaveLength(3);
  });

  it("runs no script but the search loader and term previews: external, same-origin modules, nothing inline", () => {
    expect(site.htmlFiles().some((file) => site.redirectOf(file))).toBe(true);
    for (const file of site.htmlFiles()) {
      const scripts = site
        .parsed(file)
        .querySelectorAll("script")
        .filter((script) => !["application/ld+json"].includes(script.getAttribute("type") ?? ""));
      const termPage = /^terms\/[^/]+\/index\.html$/.test(file) && !site.redirectOf(file);
      // An alias's page sends the reader on at once, and has no search control to load.
      expect(scripts.length, file).toBeGreaterThanOrEqual(site.redirectOf(file) ? 0 : 1);
      expect(scripts.length, file).toBeLessThanOrEqual(file === "search/index.html" || termPage ? 2 : 1);
      for (const script of scripts) {
        expect(script.getAttribute("type"), file).toBe("module");
        expect(script.getAttribute("src"), file).toMatch(new RegExp(`^${BASE}_astro/[\\w.-]+\\.js$`));
        expect(script.textContent.trim(), file).toBe("");
      }
    }
  });

  it("resolves every internal link and fragment", () => {
    const broken: string[] = [];
    for (const file of site.htmlFiles()) {
      const page = site.parsed(file);
      for (const element of page.querySelectorAll("a[href], link[href]")) {
        const href = element.getAttribute("href") ?? "";
        if (/^[a-z]+:/i.test(href) || href.startsWith("//")) continue;
        const absolute = new URL(href, `https://example.test${site.urlOf(file)}`);
        const target = absolute.pathname === site.urlOf(file) ? file : site.fileFor(absolute.pathname);
        if (!target) {
          broken.push(`${file}: ${href}`);
          continue;
        }
        const fragment = decodeURIComponent(absolute.hash.slice(1));
        if (fragment && target.endsWith(".html") && !site.parsed(target).querySelector(`[id="${fragment}"]`)) {
          broken.push(`${file}: ${href} (no #${fragment})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("gives every page a language, a title, a description and a canonical URL on the configured site", () => {
    for (const file of site.htmlFiles()) {
      const page = site.parsed(file);
      expect(page.querySelector("html")?.getAttribute("lang"), file).toBe("en");
      expect(page.querySelector("title")?.textContent, file).toBeTruthy();
      expect(page.querySelector('meta[name="description"]')?.getAttribute("content"), file).toBeTruthy();
      const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "";
      expect(canonical.startsWith("https://example.test/glossary/"), file).toBe(true);
    }
  });
});
