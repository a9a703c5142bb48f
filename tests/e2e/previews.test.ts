import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SiteBrowser } from "../helpers/siteBrowser.ts";

const BASE = "/glossary/";
const MENTION = `.term-body a.mention[href="${BASE}terms/angstrom/"]`;
let site: SiteBrowser;

beforeAll(async () => {
  site = await SiteBrowser.open(inject("fixtureDist"), BASE);
});

afterAll(async () => {
  await site?.close();
});

/** The preview tooltip's text once it is shown, or null while it is hidden or absent. */
function previewText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const tooltip = document.getElementById("term-preview");
    return tooltip && !tooltip.hidden ? (tooltip.textContent ?? "") : null;
  });
}

/**
 * The preview's text once it is shown and the name index has answered: until then its title is the link's own
 * words and its definition "…", so reading it sooner would race the index.
 */
async function waitShown(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const tooltip = document.getElementById("term-preview");
    return tooltip !== null && !tooltip.hidden && tooltip.querySelector("span")?.textContent !== "…";
  });
  return (await previewText(page)) ?? "";
}

describe("term link previews", () => {
  it("show on hover after a moment, stay while the pointer is on them, and close when it leaves", async () => {
    const page = await site.visit("terms/xylophone/");
    await page.hover(MENTION);
    expect(await waitShown(page)).toMatch(/^Ångström.*A unit of length/);
    expect(await page.getAttribute(MENTION, "aria-describedby")).toBe("term-preview");
    await page.hover("#term-preview");
    await page.waitForTimeout(500);
    expect(await previewText(page)).not.toBeNull();
    await page.mouse.move(1, 1);
    await page.waitForSelector("#term-preview", { state: "hidden" });
    expect(await page.getAttribute(MENTION, "aria-describedby")).toBeNull();
    expect(page.url()).toBe(site.url("terms/xylophone/"));
  });

  it("show on keyboard focus and close on Escape, leaving focus on the link", async () => {
    const page = await site.visit("terms/xylophone/");
    await page.focus(MENTION);
    expect(await waitShown(page)).toContain("Ångström");
    await page.keyboard.press("Escape");
    await page.waitForSelector("#term-preview", { state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(`${BASE}terms/angstrom/`);
    await page.keyboard.press("Tab");
    expect(await waitShown(page)).toContain("k-means");
  });

  it("show on a first tap without leaving the page, and follow the link on a second tap", async () => {
    const page = await site.visit("terms/xylophone/", {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 800 },
    });
    await page.tap(MENTION);
    expect(await waitShown(page)).toContain("Tap the link again");
    expect(page.url()).toBe(site.url("terms/xylophone/"));
    const box = await page.$eval("#term-preview", (element) => element.getBoundingClientRect().toJSON());
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(390);
    await page.tap(MENTION);
    await page.waitForURL(site.url("terms/angstrom/"));
  });

  it("work on body links and related cards too", async () => {
    const page = await site.visit("terms/k-means/");
    await page.focus(`.term-body a[href="${BASE}terms/kernel-trick/#example"]`);
    expect(await waitShown(page)).toContain("Kernel Trick");
    const cards = await site.visit("terms/angstrom/");
    await cards.hover(`.related .card[href="${BASE}terms/kernel-trick/"]`);
    expect(await waitShown(cards)).toContain("Kernel Trick");
  });

  it("work on the concept map's links, by hover and keyboard, and the map's links lead to their entries", async () => {
    const page = await site.visit("terms/k-means/");
    const node = `figure.concept-map a[href="${BASE}terms/xylophone/"]`;
    await page.hover(node);
    expect(await waitShown(page)).toMatch(/^xylophone/);
    await page.mouse.move(1, 1);
    await page.waitForSelector("#term-preview", { state: "hidden" });
    await page.focus(`figure.concept-map a[href="${BASE}terms/angstrom/"]`);
    expect(await waitShown(page)).toContain("Ångström");
    await page.keyboard.press("Enter");
    await page.waitForURL(site.url("terms/angstrom/"));
  });

  it("leave plain links when JavaScript is off", async () => {
    const page = await site.visit("terms/xylophone/", { javaScriptEnabled: false });
    await page.click(MENTION);
    await page.waitForURL(site.url("terms/angstrom/"));
  });

  it("log no error", () => {
    expect(site.errors).toEqual([]);
  });
});
