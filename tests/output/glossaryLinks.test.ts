import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuiltSite } from "../helpers/builtSite.ts";
import { BASE, fixtureSite } from "../helpers/fixtureSite.ts";

let site: BuiltSite;

beforeAll(() => {
  site = fixtureSite();
});

const text = (node: { textContent: string } | null | undefined) => node?.textContent.replace(/\s+/g, " ").trim();

describe("alias addresses", () => {
  it("redirect to the entry: meta refresh, canonical and a visible link, kept out of search engines", () => {
    const page = site.page(`${BASE}terms/kernel-method/`);
    const target = "https://example.test/glossary/terms/kernel-trick/";
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe(
      `0; url=${BASE}terms/kernel-trick/`,
    );
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(target);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    const link = page.querySelector("main a");
    expect(link?.getAttribute("href")).toBe(`${BASE}terms/kernel-trick/`);
    expect(text(link)).toBe("Kernel Trick");
    expect(page.querySelector("[data-pagefind-body]")).toBeNull();
  });

  it("exist for every alias with an address of its own, even one written with markup, shown as text", () => {
    const files = site.htmlFiles().filter((file) => site.redirectOf(file));
    expect(files.sort()).toEqual([
      "terms/a/index.html",
      "terms/angstrom-unit/index.html",
      "terms/bigram/index.html",
      "terms/img-src-x-onerror-alert-1/index.html",
      "terms/kernel-method/index.html",
    ]);
    const odd = site.page(`${BASE}terms/img-src-x-onerror-alert-1/`);
    expect(text(odd.querySelector("h1"))).toBe("<img src=x onerror=alert(1)>");
    expect(odd.querySelector("main img")).toBeNull();
  });

  it("are written from a template the build renders once, which is not published, nor are the texts it took", () => {
    expect(site.htmlFiles().filter((file) => file.includes("template"))).toEqual([]);
    expect(readdirSync(site.dir, { recursive: true }).filter((file) => String(file).includes("alias-pages"))).toEqual(
      [],
    );
    const page = site.text("terms/kernel-method/index.html");
    expect(page).not.toMatch(/(alias|title|slug|target)x[a-z]{12}/);
    expect(page).toContain("<title>kernel method · Fixture Glossary</title>");
  });

  it("are not entries: not in the index, the sitemap, the feed or terms.json", () => {
    const home = site.page(BASE);
    expect(home.querySelector(`a[href="${BASE}terms/kernel-method/"]`)).toBeNull();
    expect(site.text("sitemap.xml")).not.toContain("kernel-method");
    expect(site.text("terms.json")).not.toContain("terms/kernel-method/");
  });
});

describe("Referenced by", () => {
  it("lists, alphabetically, the entries whose related list, body links or mentions point at the entry", () => {
    const referrers = (slug: string) =>
      site
        .page(`${BASE}terms/${slug}/`)
        .querySelectorAll(".referenced-by li a")
        .map((a) => [text(a), a.getAttribute("href")]);
    // Ångström lists k-means (related), xylophone mentions k-means; k-means' body links to the kernel trick.
    expect(referrers("k-means")).toEqual([
      ["Ångström", `${BASE}terms/angstrom/`],
      ["Kernel Trick", `${BASE}terms/kernel-trick/`],
      ["xylophone", `${BASE}terms/xylophone/`],
    ]);
    expect(referrers("kernel-trick")).toEqual([
      ["Ångström", `${BASE}terms/angstrom/`],
      ["k-means", `${BASE}terms/k-means/`],
    ]);
    expect(referrers("xylophone")).toEqual([]);
    expect(site.page(`${BASE}terms/xylophone/`).querySelector(".referenced-by")).toBeNull();
  });
});

describe("linked mentions", () => {
  it("link the first mention of another term, with its preview, and not the page's own name", () => {
    const body = site.page(`${BASE}terms/xylophone/`).querySelector(".term-body");
    const mentions = body?.querySelectorAll("a.mention") ?? [];
    expect(mentions.map((a) => [text(a), a.getAttribute("href")])).toEqual([
      ["ångströms", `${BASE}terms/angstrom/`],
      ["k-means", `${BASE}terms/k-means/`],
    ]);
    // A mark only: the slug is the address's, and the title and definition come from the name index.
    expect(mentions[0]?.getAttribute("data-preview")).toBe("");
    const own = site.page(`${BASE}terms/angstrom/`).querySelectorAll(".term-body a.mention");
    expect(own.map((a) => text(a))).not.toContain("ångströms");
  });

  it("give body links and related cards the same preview", () => {
    const page = site.page(`${BASE}terms/k-means/`);
    const bodyLink = page.querySelector(`.term-body a[href="${BASE}terms/kernel-trick/#example"]`);
    expect(bodyLink?.getAttribute("data-preview")).toBe("");
    const card = page.querySelector(".related .card");
    expect(page.toString()).not.toContain("data-preview-title");
    expect(card?.getAttribute("data-preview")).toBe("");
    expect(card?.getAttribute("href")).toMatch(new RegExp(`^${BASE}terms/[a-z0-9-]+/$`));
  });
});
