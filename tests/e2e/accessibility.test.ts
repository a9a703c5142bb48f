import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations } from "../helpers/quality/axe.ts";
import { DIALOG, optionsAt, searchFromHeader } from "../helpers/searchUi.ts";
import { SiteBrowser } from "../helpers/siteBrowser.ts";
import { TRANSLATED_BASE } from "../helpers/translatedSite.ts";

let site: SiteBrowser;

beforeAll(async () => {
  site = await SiteBrowser.open(inject("fixtureDist"), "/glossary/");
});

afterAll(async () => {
  await site?.close();
});

/** Every kind of page, and how to bring it to the state to check. */
/** Keeps a redirect page on screen: its meta refresh is removed from the HTML as it is served. */
async function stayOnRedirect(page: Page, path: string): Promise<void> {
  const url = site.url(path);
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, "");
    await route.fulfill({ response, body: html });
  });
  await page.goto(url);
  await page.waitForSelector("main h1");
}

const PAGES: { name: string; path: string; ready?: (page: Page) => Promise<unknown> }[] = [
  { name: "home and A–Z index", path: "" },
  {
    name: "term, with its concept map drawn",
    path: "terms/k-means/",
    ready: async (page) => {
      const map = page.locator("figure.concept-map svg");
      await map.waitFor({ state: "visible" });
      if ((await map.locator("a").count()) < 2) throw new Error("the concept map of k-means has fewer than two links");
    },
  },
  { name: "category", path: "categories/basics/" },
  { name: "empty category", path: "categories/empty-shelf/" },
  { name: "categories", path: "categories/" },
  { name: "404", path: "no/such/page/" },
  { name: "disambiguation (a name two entries share)", path: "terms/km/" },
  {
    name: "alias redirect",
    path: "terms/kernel-method/",
    ready: (page) => stayOnRedirect(page, "terms/kernel-method/"),
  },
  {
    name: "term with a link preview open",
    path: "terms/xylophone/",
    ready: async (page) => {
      await page.focus(".term-body a.mention");
      await page.waitForSelector("#term-preview:not([hidden])");
    },
  },
  {
    name: "search page with results",
    path: "search/?q=kernel",
    ready: (page) => optionsAt(page, "[data-search-page]", "kernel", "done"),
  },
  {
    name: "search dialog with results and an option chosen",
    path: "terms/angstrom/",
    ready: async (page) => {
      await searchFromHeader(page, "kernel");
      await page.keyboard.press("ArrowDown");
    },
  },
  {
    name: "search dialog offering the closest names",
    path: "",
    ready: async (page) => {
      await searchFromHeader(page, "kernxl trixk");
      await page.waitForSelector(`${DIALOG} .search-suggestion`);
    },
  },
];

describe.each(["light", "dark"] as const)("accessibility in the %s colour scheme", (colorScheme) => {
  it.each(PAGES)("axe finds no violation on the $name page", async ({ path, ready }) => {
    const page = await site.visit(path, { colorScheme });
    await ready?.(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe.each(["light", "dark"] as const)("accessibility of split lists in the %s colour scheme", (colorScheme) => {
  let paged: SiteBrowser;
  beforeAll(async () => {
    paged = await SiteBrowser.open(inject("pagedDist"), "/");
  });
  afterAll(async () => {
    await paged?.close();
  });

  it.each([
    { name: "home page with the letter bar", path: "" },
    { name: "second page of a letter", path: "firstContinuedLetter" },
    { name: "second page of a category", path: "categories/category-1/2/" },
  ])("axe finds no violation on the $name", async ({ path }) => {
    const letters = join(inject("pagedDist"), "letters");
    const continued = readdirSync(letters).find((letter) => existsSync(join(letters, letter, "2", "index.html")));
    const url = path === "firstContinuedLetter" ? `letters/${continued}/2/` : path;
    const page = await paged.visit(url, { colorScheme });
    expect(await page.locator(".term-list dt").count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe.each(["light", "dark"] as const)("accessibility of the Dutch pages in the %s colour scheme", (colorScheme) => {
  let translated: SiteBrowser;
  beforeAll(async () => {
    translated = await SiteBrowser.open(inject("translatedDist"), TRANSLATED_BASE);
  });
  afterAll(async () => {
    await translated?.close();
  });

  it.each([
    { name: "Dutch home, with the note on entries left in English", path: "nl/" },
    { name: "Dutch entry, with English related cards and the language switcher", path: "nl/terms/deep-learning/" },
    { name: "Dutch category, with the note on entries left in English", path: "nl/categories/hardware/" },
    { name: "Dutch categories", path: "nl/categories/" },
    {
      name: "Dutch search page with results, one of them English",
      path: "nl/search/?q=e",
      ready: (page: Page) => optionsAt(page, "[data-search-page]", "e", "done"),
    },
    {
      name: "Dutch search dialog with an English result chosen",
      path: "nl/terms/gpu/",
      ready: async (page: Page) => {
        await searchFromHeader(page, "epoch");
        await page.keyboard.press("ArrowDown");
      },
    },
  ])("axe finds no violation on the $name page", async ({ path, ready }) => {
    const page = await translated.visit(path, { colorScheme });
    await ready?.(page);
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("the accessibility check", () => {
  it("fails on a page with an inaccessible snippet", async () => {
    const page = await site.visit("terms/k-means/");
    await page.evaluate(() => {
      document
        .querySelector("main")
        ?.insertAdjacentHTML("beforeend", '<img src="/glossary/favicon.svg"><a href="/"></a>');
    });
    const violations = await axeViolations(page);
    expect(violations.some((v) => v.startsWith("image-alt:"))).toBe(true);
    expect(violations.some((v) => v.startsWith("link-name:"))).toBe(true);
  });
});

/** The element that has focus, described for assertions, with whether its focus is visible. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    const rect = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      href: element.getAttribute("href"),
      text: element.textContent?.trim().replace(/\s+/g, " ") ?? "",
      visible: outlined || style.boxShadow !== "none",
      onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight,
    };
  });
}

describe("keyboard", () => {
  it("offers a skip link first, visible when focused, that moves focus to the main content", async () => {
    const page = await site.visit("terms/k-means/");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", href: "#main", visible: true, onScreen: true });
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  });

  it("reaches every link and control of a term page, each with a visible focus", async () => {
    const page = await site.visit("terms/k-means/");
    const expected = await page.$$eval("a[href], button, input, select, textarea, [tabindex='0']", (elements) => {
      const shown = elements.filter((element) => (element as HTMLElement).offsetParent !== null);
      shown.forEach((element, index) => {
        element.setAttribute("data-tab-stop", String(index));
      });
      return shown.length;
    });
    const reached = new Set<string>();
    for (let i = 0; i < expected + 2; i++) {
      await page.keyboard.press("Tab");
      const now = await focused(page);
      if (!now) break;
      expect(now.visible, `${now.tag} ${now.href}`).toBe(true);
      reached.add(await page.evaluate(() => document.activeElement?.getAttribute("data-tab-stop") ?? "?"));
    }
    expect(reached.size).toBe(expected);
    expect(reached.has("?")).toBe(false);
  });

  it("reaches the previous and next links", async () => {
    const page = await site.visit("terms/k-means/");
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      stops.push((await page.evaluate(() => document.activeElement?.getAttribute("rel"))) ?? "");
    }
    expect(stops).toContain("prev");
    expect(stops).toContain("next");
  });

  it("moves through the letter bar and jumps to a letter group", async () => {
    const page = await site.visit();
    await page.focus('nav[aria-label="Jump to letter"] a[href="#letter-k"]');
    expect(await focused(page)).toMatchObject({ visible: true, text: "K" });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ href: "#letter-x" });
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash === "#letter-k");
    const top = await page.$eval("#letter-k", (element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(200);
  });

  it("has landmarks: banner, navigation, main and contentinfo", async () => {
    const page = await site.visit("terms/k-means/");
    const landmarks = await page.$$eval("header, nav, main, footer", (elements) =>
      elements.map(
        (element) =>
          `${element.tagName.toLowerCase()}${element.getAttribute("aria-label") ? `:${element.getAttribute("aria-label")}` : ""}`,
      ),
    );
    expect(landmarks).toEqual(
      expect.arrayContaining(["header", "nav:Main", "nav:Breadcrumb", "main", "nav:Previous and next term"]),
    );
    expect(await page.$$eval("body > footer", (elements) => elements.length)).toBe(1);
  });
});

describe("the browser session", () => {
  it("logged no console errors (no Content-Security-Policy violation either)", () => {
    expect(site.errors).toEqual([]);
  });
});
