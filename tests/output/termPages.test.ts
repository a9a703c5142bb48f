import { beforeAll, describe, expect, it } from "vitest";
import { formatIsoWeek, isoWeek } from "../../src/core/publish/isoWeek.ts";
import { messagesFor } from "../../src/i18n/messages.ts";
import type { BuiltSite } from "../helpers/builtSite.ts";
import { BASE, fixtureSite, glossary, published } from "../helpers/fixtureSite.ts";

let site: BuiltSite;

beforeAll(() => {
  site = fixtureSite();
});

const text = (node: { textContent: string } | null | undefined) => node?.textContent.replace(/\s+/g, " ").trim();

describe("every published entry has a complete page", () => {
  it.each(published.map((entry) => [entry.slug, entry] as const))("%s", (slug, entry) => {
    const page = site.page(`${BASE}terms/${slug}/`);
    const category = glossary.categories.find((c) => c.id === entry.data.category);
    const crumbs = page.querySelectorAll('nav[aria-label="Breadcrumb"] li');
    expect(crumbs.map((li) => text(li))).toEqual(["Home", category?.title, entry.data.title]);
    expect(crumbs[1]?.querySelector("a")?.getAttribute("href")).toBe(`${BASE}categories/${entry.data.category}/`);
    expect(crumbs[2]?.querySelector("[aria-current=page]")).not.toBeNull();

    const meta = page.querySelector(".term-meta");
    expect(meta?.querySelector(`a[href="${BASE}categories/${entry.data.category}/"]`)).not.toBeNull();
    expect(text(meta?.querySelector(".badge"))?.toLowerCase()).toBe(entry.data.level);
    const week = formatIsoWeek(isoWeek(entry.data.published));
    expect(meta?.querySelector("time")?.getAttribute("datetime")).toBe(week);
    expect(text(meta?.querySelector("time"))).toBe(messagesFor("en").week(entry.data.published));

    expect(page.querySelectorAll("h1")).toHaveLength(1);
    expect(text(page.querySelector("h1"))).toBe(`What is ${entry.data.title}?`);
    expect(text(page.querySelector(".lead"))).toBe(entry.data.description);
    expect(page.querySelector("title")?.textContent).toBe(`${entry.data.title} · Fixture Glossary`);
    expect(page.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(entry.data.description);

    const aliases = page.querySelectorAll(".aliases li").map((li) => text(li));
    expect(aliases).toEqual(entry.data.aliases);

    const sources = page.querySelectorAll(".sources ol > li a");
    expect(sources.map((a) => [text(a), a.getAttribute("href")])).toEqual(
      entry.data.sources.map((s) => [s.title, s.url]),
    );

    const cards = page.querySelectorAll(".related .card");
    expect(cards.map((card) => card.getAttribute("href"))).toEqual(entry.data.related.map((r) => `${BASE}terms/${r}/`));
    cards.forEach((card, index) => {
      const target = published.find((other) => other.slug === entry.data.related[index]);
      expect(text(card.querySelector("strong"))).toBe(target?.data.title);
      expect(text(card.querySelector("span"))).toBe(target?.data.description);
    });

    const edit = page.querySelector(".edit-link a")?.getAttribute("href");
    expect(edit).toBe(`https://github.com/example/glossary/edit/main/tests/fixtures/glossary/${entry.file}`);
  });
});

describe("previous and next", () => {
  const order = ["2-gram", "angstrom", "k-means", "kernel-trick", "xylophone"];

  it("follow the collation order, with none before the first or after the last", () => {
    order.forEach((slug, index) => {
      const page = site.page(`${BASE}terms/${slug}/`);
      const prev = page.querySelector('a[rel="prev"]')?.getAttribute("href");
      const next = page.querySelector('a[rel="next"]')?.getAttribute("href");
      expect(prev).toBe(index > 0 ? `${BASE}terms/${order[index - 1]}/` : undefined);
      expect(next).toBe(index < order.length - 1 ? `${BASE}terms/${order[index + 1]}/` : undefined);
    });
  });

  it("cover exactly the published entries", () => {
    expect([...order].sort()).toEqual(published.map((entry) => entry.slug).sort());
  });
});

describe("entry bodies", () => {
  it("give headings ids with visible anchor links, numbering repeats", () => {
    const page = site.page(`${BASE}terms/angstrom/`);
    const ids = page.querySelectorAll(".term-body h2").map((h) => h.getAttribute("id"));
    expect(ids).toEqual(["why-it-matters", "how-it-works", "how-it-works-1", "example"]);
    for (const id of ids) {
      expect(page.querySelector(`.term-body h2#${id} a.heading-anchor`)?.getAttribute("href")).toBe(`#${id}`);
    }
  });

  it("rebase links written as /terms/<slug>/ under the site's base path", () => {
    const links = site
      .page(`${BASE}terms/k-means/`)
      .querySelectorAll(".term-body a")
      .map((a) => a.getAttribute("href"));
    expect(links).toContain(`${BASE}terms/kernel-trick/#example`);
  });

  it("render fenced code", () => {
    expect(site.page(`${BASE}terms/k-means/`).querySelector(".term-body pre code")).not.toBeNull();
  });

  it("show the updated date in the page footer when there is one", () => {
    const footer = site.page(`${BASE}terms/k-means/`).querySelector(".page-footer time");
    expect(footer?.getAttribute("datetime")).toBe("2026-05-02");
  });
});

describe("drafts", () => {
  it("have no page and appear nowhere on the site", () => {
    expect(site.fileFor(`${BASE}terms/zeta-draft/`)).toBeUndefined();
    for (const file of site.htmlFiles()) {
      expect(site.parsed(file).toString(), file).not.toContain("zeta-draft");
      expect(site.parsed(file).toString(), file).not.toContain("Zeta Draft");
    }
  });
});
