import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { TermsJson } from "../../src/core/publish/termsJson.ts";
import type { BuiltSite } from "../helpers/builtSite.ts";
import { BASE, fixtureSite, glossary, published } from "../helpers/fixtureSite.ts";
import { schemaOrgProblems } from "../helpers/schemaOrg.ts";

let site: BuiltSite;

beforeAll(() => {
  site = fixtureSite();
});

const ORIGIN = "https://example.test";
const termUrl = (slug: string) => `${ORIGIN}${BASE}terms/${slug}/`;

/** The JSON-LD blocks of a page, parsed. */
function jsonLd(url: string): Record<string, unknown>[] {
  return site
    .page(url)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent));
}

/** The nodes of a page's JSON-LD graph, by type. */
function nodes(url: string): Map<string, Record<string, unknown>> {
  const [data] = jsonLd(url);
  expect(data?.["@context"]).toBe("https://schema.org");
  const graph = (data?.["@graph"] ?? []) as Record<string, unknown>[];
  return new Map(graph.map((node) => [node["@type"] as string, node]));
}

describe("JSON-LD", () => {
  it("describes each entry as a DefinedTerm of the glossary's DefinedTermSet, with its breadcrumbs", () => {
    const graph = nodes(`${BASE}terms/kernel-trick/`);
    expect(graph.get("DefinedTerm")).toEqual({
      "@type": "DefinedTerm",
      "@id": `${termUrl("kernel-trick")}#term`,
      name: "Kernel Trick",
      description: published.find((e) => e.slug === "kernel-trick")?.data.description,
      alternateName: ["kernel method", "<img src=x onerror=alert(1)>", "KM"],
      url: termUrl("kernel-trick"),
      termCode: "kernel-trick",
      inDefinedTermSet: { "@id": `${ORIGIN}${BASE}#glossary` },
    });
    const crumbs = graph.get("BreadcrumbList")?.itemListElement as Record<string, unknown>[];
    expect(crumbs.map((item) => [item.position, item.name, item.item])).toEqual([
      [1, "Fixture Glossary", `${ORIGIN}${BASE}`],
      [2, "Methods", `${ORIGIN}${BASE}categories/methods/`],
      [3, "Kernel Trick", termUrl("kernel-trick")],
    ]);
  });

  it("describes the home page as the DefinedTermSet holding every published entry", () => {
    const set = nodes(BASE).get("DefinedTermSet");
    expect(set?.["@id"]).toBe(`${ORIGIN}${BASE}#glossary`);
    expect(set?.name).toBe("Fixture Glossary");
    const terms = set?.hasDefinedTerm as Record<string, unknown>[];
    expect(terms.map((term) => term.termCode).sort()).toEqual(published.map((entry) => entry.slug).sort());
  });

  it("is valid schema.org on every page that has it, and cannot close its script element early", () => {
    const pages = site.htmlFiles().filter((file) => site.text(file).includes("application/ld+json"));
    expect(pages.length).toBe(published.length + 1);
    for (const file of pages) {
      const blocks = site.parsed(file).querySelectorAll('script[type="application/ld+json"]');
      for (const block of blocks) expect(block.textContent, file).not.toContain("<");
      for (const data of jsonLd(site.urlOf(file))) expect(schemaOrgProblems(data), file).toEqual([]);
    }
  });
});

describe("sitemap.xml and robots.txt", () => {
  it("list the home page, categories and entries, each entry with the day it last changed", () => {
    const sitemap = parse(site.text("sitemap.xml"));
    const entries = new Map(
      sitemap.querySelectorAll("url").map((url) => [text(url, "loc"), url.querySelector("lastmod")?.textContent]),
    );
    for (const entry of published) {
      expect(entries.get(termUrl(entry.slug))).toBe(entry.data.updated ?? entry.data.published);
    }
    expect(entries.has(`${ORIGIN}${BASE}`)).toBe(true);
    for (const category of glossary.categories)
      expect(entries.has(`${ORIGIN}${BASE}categories/${category.id}/`)).toBe(true);
    expect(entries.size).toBe(published.length + glossary.categories.length + 2);
    expect(site.text("robots.txt")).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}${BASE}sitemap.xml\n`);
  });
});

describe("feed.xml", () => {
  it("is an Atom feed of the newest entries, newest first, linked from every page", () => {
    const feed = parse(site.text("feed.xml"));
    const entries = feed.querySelectorAll("entry");
    const newest = [...published].sort((a, b) =>
      a.data.published === b.data.published
        ? a.data.title.localeCompare(b.data.title)
        : b.data.published.localeCompare(a.data.published),
    );
    expect(entries.map((entry) => text(entry, "id"))).toEqual(newest.map((entry) => termUrl(entry.slug)));
    expect(text(entries[0], "summary")).toBe(newest[0]?.data.description);
    expect(text(feed, "feed > updated")).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    const link = site.page(`${BASE}terms/k-means/`).querySelector('link[rel="alternate"][type="application/atom+xml"]');
    expect(link?.getAttribute("href")).toBe(`${BASE}feed.xml`);
  });
});

describe("terms.json", () => {
  it("holds every published entry in the documented format, alphabetically", () => {
    const data = JSON.parse(site.text("terms.json")) as TermsJson;
    expect(data.version).toBe(1);
    expect(data.title).toBe("Fixture Glossary");
    expect(data.url).toBe(`${ORIGIN}${BASE}`);
    const kernel = data.terms.find((term) => term.slug === "kernel-trick");
    expect(kernel).toEqual({
      slug: "kernel-trick",
      title: "Kernel Trick",
      definition: published.find((e) => e.slug === "kernel-trick")?.data.description,
      aliases: ["kernel method", "<img src=x onerror=alert(1)>", "KM"],
      category: "methods",
      level: "advanced",
      related: ["k-means"],
      url: termUrl("kernel-trick"),
    });
    expect(data.terms.map((term) => term.slug)).toEqual(["2-gram", "angstrom", "k-means", "kernel-trick", "xylophone"]);
    for (const term of data.terms) expect(Object.keys(term)).toEqual(Object.keys(kernel ?? {}));
  });
});

describe("Open Graph and Twitter metadata", () => {
  it("give every page its title, description, address and kind", () => {
    const page = site.page(`${BASE}terms/k-means/`);
    const meta = (key: string) =>
      page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");
    expect(meta("og:type")).toBe("article");
    expect(meta("og:title")).toBe("k-means · Fixture Glossary");
    expect(meta("og:description")).toBe(published.find((e) => e.slug === "k-means")?.data.description);
    expect(meta("og:url")).toBe(termUrl("k-means"));
    expect(meta("og:site_name")).toBe("Fixture Glossary");
    expect(meta("twitter:card")).toBe("summary_large_image");
    expect(meta("twitter:title")).toBe(meta("og:title"));
    for (const file of site.htmlFiles()) {
      const other = site.parsed(file);
      expect(other.querySelector('meta[property="og:url"]')?.getAttribute("content"), file).toBe(
        other.querySelector('link[rel="canonical"]')?.getAttribute("href"),
      );
    }
  });
});

function text(node: ReturnType<typeof parse> | undefined | null, selector: string): string | undefined {
  return node?.querySelector(selector)?.textContent.trim();
}
