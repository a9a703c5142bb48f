import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DIALOG, optionsAt, searchFromHeader } from "../helpers/searchUi.ts";
import { SiteBrowser } from "../helpers/siteBrowser.ts";

const BASE = "/glossary/";
const PAGE = "[data-search-page]";
let site: SiteBrowser;

beforeAll(async () => {
  site = await SiteBrowser.open(inject("fixtureDist"), BASE);
});

afterAll(async () => {
  await site?.close();
});

/** Every request a page makes from now on, by path. */
function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  return requests;
}

const isSearch = (path: string) => path.includes("/pagefind/") || path.includes("/search/names/");

describe("the header search", () => {
  it("loads no search code or data until the reader reaches for it, then only what a search needs", async () => {
    const page = await site.visit("terms/k-means/");
    const requests = recordRequests(page);
    await page.reload();
    await page.waitForLoadState("networkidle");
    expect(requests.filter(isSearch)).toEqual([]);
    expect(await page.getAttribute("a[data-search-trigger]", "href")).toBe(`${BASE}search/`);
    await Promise.all([
      page.waitForRequest((request) => request.url().endsWith("/search/names/index.json")),
      page.hover("a[data-search-trigger]"),
    ]);
    await page.waitForLoadState("networkidle");
    // Hovering prepares the name index's root, nothing of Pagefind.
    expect(requests.filter((path) => path.includes("/pagefind/"))).toEqual([]);
    await page.click("a[data-search-trigger]");
    await page.waitForSelector(DIALOG);
    await page.keyboard.type("kernel trick");
    await optionsAt(page, DIALOG, "kernel trick", "done");
    // An exact name is answered from the name index alone.
    expect(requests.filter((path) => path.includes("/pagefind/"))).toEqual([]);
    await page.fill(`${DIALOG} input`, "");
    await page.keyboard.type("radial");
    await optionsAt(page, DIALOG, "radial", "done");
    // A word of the text loads Pagefind's engine and what the query needs: no filter chunk, no worker.
    expect(requests).toContain(`${BASE}pagefind/pagefind.js`);
    expect(requests.filter((path) => /\/filter\/|worker|component-ui/.test(path))).toEqual([]);
  });

  it("opens on / with the box focused; Escape clears the box, then closes, with focus back on the control", async () => {
    const page = await site.visit();
    await page.focus("a[data-search-trigger]");
    await page.keyboard.press("/");
    await page.waitForSelector(DIALOG);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("combobox");
    await page.keyboard.type("kern");
    await optionsAt(page, DIALOG, "kern", "names");
    await page.keyboard.press("Escape");
    expect(await page.inputValue(`${DIALOG} input`)).toBe("");
    await page.keyboard.press("Escape");
    await page.waitForSelector(DIALOG, { state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-search-trigger"))).toBe(true);
  });

  it("fetches its texts in the page's language as it is readied, and opens the search page when they fail", async () => {
    const page = await site.visit("terms/k-means/");
    const requests = recordRequests(page);
    await page.hover("a[data-search-trigger]");
    await page.waitForSelector(DIALOG, { state: "detached" });
    await page.waitForLoadState("networkidle");
    expect(requests).toContain(`${BASE}search/dialog-texts.json`);
    await page.click("a[data-search-trigger]");
    expect(await page.textContent(`${DIALOG} .search-hints`)).toContain("to choose");

    const logged = site.errors.length;
    const failing = await site.visit("terms/k-means/");
    await failing.route("**/search/dialog-texts.json", (route) => route.fulfill({ status: 404, body: "" }));
    await Promise.all([failing.waitForURL(site.url("search/")), failing.click("a[data-search-trigger]")]);
    expect(await failing.textContent("h1")).toBe("Search");
    // The refused file is the only error this page logs; it is not one of the session's.
    const refused = site.errors.splice(logged);
    for (const error of refused) expect(error).toMatch(/status of 404/);
  });

  it("opens on Ctrl+K and on a click of the header control, without leaving the page", async () => {
    const page = await site.visit();
    await page.keyboard.press("Control+k");
    await page.waitForSelector(DIALOG);
    const other = await site.visit();
    await other.click("a[data-search-trigger]");
    await other.waitForSelector(DIALOG);
    expect(other.url()).toBe(site.url());
  });

  it("lists a term first when its name is typed, in any case, with its definition, as soon as it is typed", async () => {
    const page = await site.visit();
    await page.keyboard.press("/");
    await page.waitForSelector(DIALOG);
    await page.keyboard.type("KERNEL TRICK");
    const atOnce = await optionsAt(page, DIALOG, "KERNEL TRICK", "names");
    expect(atOnce[0]).toBe(`${BASE}terms/kernel-trick/`);
    const definition = await page.textContent(`${DIALOG} [role=option] .search-option-definition`);
    expect(definition?.length).toBeGreaterThan(10);
    const other = await site.visit("terms/angstrom/");
    expect((await searchFromHeader(other, "k-means", "Control+k"))[0]).toBe(`${BASE}terms/k-means/`);
  });

  it("finds a term by its alias, and names the alias", async () => {
    const page = await site.visit();
    expect((await searchFromHeader(page, "bigram"))[0]).toBe(`${BASE}terms/2-gram/`);
    expect(await page.textContent(`${DIALOG} [role=option] .search-option-note`)).toContain("bigram");
  });

  it("forgives a typo, and offers the closest names when nothing matches", async () => {
    const page = await site.visit();
    expect((await searchFromHeader(page, "kernal trick")).slice(0, 3)).toContain(`${BASE}terms/kernel-trick/`);
    const other = await site.visit();
    const options = await searchFromHeader(other, "kernxl trixk");
    expect(options.slice(0, 3)).not.toContain(`${BASE}terms/kernel-trick/`);
    expect(await other.textContent(`${DIALOG} .search-suggestions`)).toContain("Did you mean Kernel Trick?");
    const suggestion = await other.getAttribute(`${DIALOG} .search-suggestion`, "href");
    expect(suggestion).toBe(`${BASE}terms/kernel-trick/`);
  });

  it("moves through the options with the arrow keys (aria-activedescendant) and opens one with Enter", async () => {
    const page = await site.visit();
    const options = await searchFromHeader(page, "k");
    expect(options.length).toBeGreaterThan(1);
    const input = `${DIALOG} [role=combobox]`;
    expect(await page.getAttribute(input, "aria-expanded")).toBe("true");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const active = await page.getAttribute(input, "aria-activedescendant");
    expect(await page.getAttribute(`#${active}`, "aria-selected")).toBe("true");
    const chosen = await page.getAttribute(`#${active}`, "href");
    expect(chosen).toBe(options[1]);
    expect(await page.textContent(`${DIALOG} [role=status]`)).toMatch(/\d+ results/);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${chosen}`);
  });

  it("opens an option with a click, and links to every result on the search page", async () => {
    const page = await site.visit();
    await searchFromHeader(page, "kernel method");
    const all = await page.getAttribute(`${DIALOG} .search-all`, "href");
    expect(all).toBe(`${BASE}search/?q=kernel%20method`);
    await page.click(`${DIALOG} [role=option] >> nth=0`);
    await page.waitForURL(`**${BASE}terms/kernel-trick/`);
  });
});

describe("the search page", () => {
  it("runs the search in ?q= and shows each result's category and level", async () => {
    const page = await site.visit("search/?q=angstrom");
    const hrefs = await optionsAt(page, PAGE, "angstrom", "done");
    expect(hrefs[0]).toBe(`${BASE}terms/angstrom/`);
    expect(await page.inputValue(`${PAGE} input`)).toBe("angstrom");
    expect(await page.textContent(`${PAGE} .search-option-facts`)).toContain("Basics · Beginner");
    // Clearing the box clears the address bar's search too.
    await page.fill(`${PAGE} input`, "");
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("q"));
  });

  it("lists full-text results below the names, with excerpts that start with the definition's words", async () => {
    const page = await site.visit("search/?q=kernel");
    const hrefs = await optionsAt(page, PAGE, "kernel", "done");
    expect(hrefs[0]).toBe(`${BASE}terms/kernel-trick/`);
    const excerpts = await page.$$eval(`${PAGE} .search-option-excerpt`, (nodes) => nodes.map((n) => n.textContent));
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.some((text) => /^What is/.test(text ?? ""))).toBe(false);
  });

  it("narrows results with the level filter, and keeps the search in the address bar", async () => {
    const page = await site.visit("search/?q=k");
    const all = await optionsAt(page, PAGE, "k", "done");
    expect(all.length).toBeGreaterThan(1);
    await page.selectOption(`${PAGE} [data-search-filter=level]`, "Advanced");
    await page.waitForFunction(
      (count) => document.querySelectorAll("[data-search-page] [role=option]").length < count,
      all.length,
    );
    const narrowed = await optionsAt(page, PAGE, "k", "done");
    expect(narrowed).toEqual([`${BASE}terms/kernel-trick/`]);
    expect(new URL(page.url()).searchParams.getAll("level")).toEqual(["Advanced"]);
  });

  it("applies filters given in the link", async () => {
    const page = await site.visit("search/?q=k&category=Methods");
    const hrefs = await optionsAt(page, PAGE, "k", "done");
    expect([...hrefs].sort()).toEqual([`${BASE}terms/k-means/`, `${BASE}terms/kernel-trick/`]);
    expect(await page.inputValue(`${PAGE} [data-search-filter=category]`)).toBe("Methods");
  });

  it("says that search needs JavaScript when it is off, and the index still works", async () => {
    const page = await site.visit("search/?q=angstrom", { javaScriptEnabled: false });
    expect(await page.textContent("main")).toContain("Search needs JavaScript");
    expect(await page.isVisible(PAGE)).toBe(false);
    await page.click("main a >> text=A–Z index");
    await page.waitForURL(`**${BASE}`);
    expect(await page.$$eval(".letter-group dt a", (links) => links.length)).toBe(5);
  });
});

describe("untrusted text in search results", () => {
  it("shows markup from front matter as text, never as elements", async () => {
    const page = await site.visit("search/?q=kernel%20trick");
    await optionsAt(page, PAGE, "kernel trick", "done");
    expect(await page.$$eval(`${PAGE} [role=listbox] img`, (images) => images.length)).toBe(0);
    const kernel = await site.visit("search/?q=%3Cimg");
    await optionsAt(kernel, PAGE, "<img", "done");
    expect(await kernel.$$eval(`${PAGE} img`, (images) => images.length)).toBe(0);
  });
});

describe("search's code", () => {
  it("uses no private member of Pagefind (no __load__ or __pagefind__, no Component UI)", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const folder = join(inject("fixtureDist"), "_astro");
    const scripts = readdirSync(folder).filter((file) => file.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(join(folder, file), "utf8");
      expect(code, file).not.toMatch(/__load__|__pagefind__|PagefindComponents|pagefind-component-ui/);
    }
  });
});

describe("the whole search session", () => {
  it("logged no console errors", () => {
    expect(site.errors).toEqual([]);
  });
});
