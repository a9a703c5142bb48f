import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SiteBrowser } from "../helpers/siteBrowser.ts";

const BASE = "/glossary/";
let site: SiteBrowser;

beforeAll(async () => {
  site = await SiteBrowser.open(inject("fixtureDist"), BASE);
});

afterAll(async () => {
  await site?.close();
});

const RESULT_LINKS = "pagefind-results .pf-result-link";

/** The result links of a search UI once they settle: hrefs in order. */
async function resultHrefs(page: Page, scope: string): Promise<string[]> {
  await page.waitForSelector(`${scope} ${RESULT_LINKS}`);
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length > 0, `${scope} ${RESULT_LINKS}`);
  return page.$$eval(`${scope} ${RESULT_LINKS}`, (links) => links.map((link) => link.getAttribute("href") ?? ""));
}

/** Opens the header search dialog with a keyboard shortcut and types a query into it. */
async function searchFromHeader(page: Page, query: string, shortcut = "/"): Promise<string[]> {
  await page.keyboard.press(shortcut);
  await page.waitForSelector("pagefind-modal dialog[open]");
  await page.keyboard.type(query);
  await page.waitForFunction(
    (q) => document.querySelector("pagefind-modal pagefind-summary")?.textContent?.includes(q),
    query,
  );
  return resultHrefs(page, "pagefind-modal");
}

describe("the header search", () => {
  it("loads nothing from Pagefind until it is used", async () => {
    const page = await site.visit("terms/k-means/");
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.reload();
    await page.waitForLoadState("networkidle");
    expect(requests.filter((url) => url.includes("/pagefind/"))).toEqual([]);
    expect(await page.getAttribute("a[data-search-trigger]", "href")).toBe(`${BASE}search/`);
    await searchFromHeader(page, "kernel");
    expect(requests.some((url) => url.endsWith("/pagefind/pagefind-component-ui.js"))).toBe(true);
  });

  it("opens on / with the search box focused, and closes on Escape with focus back on the page", async () => {
    const page = await site.visit();
    await page.keyboard.press("/");
    await page.waitForSelector("pagefind-modal dialog[open]");
    expect(await page.evaluate(() => document.activeElement?.closest("pagefind-input") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await page.waitForSelector("pagefind-modal dialog[open]", { state: "detached" });
  });

  it("opens on Ctrl+K and on a click of the header control", async () => {
    const page = await site.visit();
    await page.keyboard.press("Control+k");
    await page.waitForSelector("pagefind-modal dialog[open]");
    const other = await site.visit();
    await other.click("a[data-search-trigger]");
    await other.waitForSelector("pagefind-modal dialog[open]");
    expect(other.url()).toBe(site.url());
  });

  it("lists a term first when its name is typed, in any case", async () => {
    const page = await site.visit();
    expect((await searchFromHeader(page, "KERNEL TRICK"))[0]).toBe(`${BASE}terms/kernel-trick/`);
    const other = await site.visit("terms/angstrom/");
    expect((await searchFromHeader(other, "k-means", "Control+k"))[0]).toBe(`${BASE}terms/k-means/`);
  });

  it("finds a term by its alias", async () => {
    const page = await site.visit();
    expect((await searchFromHeader(page, "bigram"))[0]).toBe(`${BASE}terms/2-gram/`);
  });

  it("moves into the results with the arrow key and opens a result with Enter", async () => {
    const page = await site.visit();
    await searchFromHeader(page, "kernel method");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${BASE}terms/kernel-trick/`);
  });
});

describe("the search page", () => {
  it("runs the search in ?q= and shows each result's category and level", async () => {
    const page = await site.visit("search/?q=angstrom");
    const hrefs = await resultHrefs(page, ".search-app");
    expect(hrefs[0]).toBe(`${BASE}terms/angstrom/`);
    expect(await page.inputValue("pagefind-input input")).toBe("angstrom");
    const facts = await page.textContent(".search-app .search-result-facts");
    expect(facts).toContain("Basics · Beginner");
  });

  it("narrows results with the level filter, and keeps the search in the address bar", async () => {
    const page = await site.visit("search/?q=a");
    const all = await resultHrefs(page, ".search-app");
    expect(all.length).toBeGreaterThan(1);
    await page.click('pagefind-filter-dropdown[filter="level"] button');
    await page.click('pagefind-filter-dropdown[filter="level"] [role="option"]:has-text("Advanced")');
    await page.waitForFunction(
      (count) => document.querySelectorAll(".search-app pagefind-results .pf-result-link").length < count,
      all.length,
    );
    const narrowed = await resultHrefs(page, ".search-app");
    expect(narrowed).toEqual([`${BASE}terms/kernel-trick/`]);
    expect(new URL(page.url()).searchParams.getAll("level")).toEqual(["Advanced"]);
  });

  it("applies filters given in the link", async () => {
    const page = await site.visit("search/?q=a&category=Methods");
    const hrefs = await resultHrefs(page, ".search-app");
    expect([...hrefs].sort()).toEqual([`${BASE}terms/k-means/`, `${BASE}terms/kernel-trick/`]);
  });

  it("says that search needs JavaScript when it is off, and the index still works", async () => {
    const page = await site.visit("search/?q=angstrom", { javaScriptEnabled: false });
    expect(await page.textContent("main")).toContain("Search needs JavaScript");
    expect(await page.isVisible("[data-search-loading]")).toBe(false);
    await page.click("main a >> text=A–Z index");
    await page.waitForURL(`**${BASE}`);
    expect(await page.$$eval(".letter-group dt a", (links) => links.length)).toBe(5);
  });
});

describe("untrusted text in search results", () => {
  it("shows markup from front matter as text, never as elements", async () => {
    const page = await site.visit("search/?q=kernel%20trick");
    await resultHrefs(page, ".search-app");
    const facts = await page.textContent(".search-app .search-result-facts");
    expect(facts).toContain("also kernel method, <img src=x onerror=alert(1)>");
    expect(await page.$$eval(".search-app pagefind-results img", (images) => images.length)).toBe(0);
  });
});

describe("the whole search session", () => {
  it("logged no console errors", () => {
    expect(site.errors).toEqual([]);
  });
});
