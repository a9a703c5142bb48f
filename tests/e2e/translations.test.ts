import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DIALOG, optionsAt, searchFromHeader } from "../helpers/searchUi.ts";
import { SiteBrowser } from "../helpers/siteBrowser.ts";
import { TRANSLATED_BASE as BASE } from "../helpers/translatedSite.ts";

const PAGE = "[data-search-page]";
let site: SiteBrowser;

beforeAll(async () => {
  site = await SiteBrowser.open(inject("translatedDist"), BASE);
});

afterAll(async () => {
  await site?.close();
});

/** The options a search list shows: each one's link, `hreflang` and title (the title's note left out). */
function shownOptions(page: Page, scope: string) {
  return page.$$eval(`${scope} [role=listbox] [role=option]`, (links) =>
    links.map((link) => ({
      href: link.getAttribute("href"),
      hreflang: link.getAttribute("hreflang"),
      title: link.querySelector(".search-option-title")?.firstChild?.textContent?.trim(),
    })),
  );
}

describe("the language switcher", () => {
  it("takes the reader to the Dutch page and back with JavaScript off", async () => {
    const page = await site.visit("terms/deep-learning/", { javaScriptEnabled: false });
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.click("nav.language-switcher a >> text=Nederlands");
    await page.waitForURL(site.url("nl/terms/deep-learning/"));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nl");
    expect(await page.textContent("main h1")).toBe("Wat is Deep Learning?");
    expect(await page.textContent('nav.language-switcher [aria-current="page"]')).toBe("Nederlands");
    await page.click("nav.language-switcher a >> text=English");
    await page.waitForURL(site.url("terms/deep-learning/"));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.textContent("main h1")).toBe("What is Deep Learning?");
  });

  it("is not offered on an entry that has no translation", async () => {
    const page = await site.visit("terms/epoch/");
    expect(await page.locator("nav.language-switcher").count()).toBe(0);
  });
});

describe("searching in either language", () => {
  it("finds an entry by its Dutch alias from the English dialog, and links its English page", async () => {
    const page = await site.visit("terms/epoch/");
    const options = await searchFromHeader(page, "diep leren");
    expect(options[0]).toBe(`${BASE}terms/deep-learning/`);
    expect((await shownOptions(page, DIALOG))[0]).toEqual({
      href: `${BASE}terms/deep-learning/`,
      hreflang: null,
      title: "Deep Learning",
    });
  });

  it("finds an entry by its English title from the Dutch dialog, and links its Dutch page", async () => {
    const page = await site.visit("nl/terms/gpu/");
    const options = await searchFromHeader(page, "deep learning");
    expect(options[0]).toBe(`${BASE}nl/terms/deep-learning/`);
    expect(options).not.toContain(`${BASE}terms/deep-learning/`);
    await page.fill(`${DIALOG} input`, "");
    await page.keyboard.type("neural network");
    await optionsAt(page, DIALOG, "neural network", "done");
    expect((await shownOptions(page, DIALOG))[0]).toEqual({
      href: `${BASE}nl/terms/neural-network/`,
      hreflang: null,
      title: "Neuraal netwerk",
    });
  });

  it("links an untranslated entry found from the Dutch dialog to its English page, and opens it", async () => {
    const page = await site.visit("nl/");
    await searchFromHeader(page, "epoch");
    expect((await shownOptions(page, DIALOG))[0]).toEqual({
      href: `${BASE}terms/epoch/`,
      hreflang: "en",
      title: "Epoch",
    });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL(site.url("terms/epoch/"));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  });

  it("lists the Dutch page first on the Dutch search page, from the address's query", async () => {
    const page = await site.visit("nl/search/?q=deep%20learning");
    const options = await optionsAt(page, PAGE, "deep learning", "done");
    expect(options[0]).toBe(`${BASE}nl/terms/deep-learning/`);
    const epoch = await site.visit("nl/search/?q=Epoch");
    expect((await optionsAt(epoch, PAGE, "Epoch", "done"))[0]).toBe(`${BASE}terms/epoch/`);
  });

  it("searches the text of each language's own pages", async () => {
    const dutch = await site.visit("nl/");
    expect(await searchFromHeader(dutch, "opeengestapelde")).toEqual([`${BASE}nl/terms/deep-learning/`]);
    const english = await site.visit();
    expect(await searchFromHeader(english, "faces")).toEqual([`${BASE}terms/deep-learning/`]);
  });

  it("log no error", () => {
    expect(site.errors).toEqual([]);
  });
});
