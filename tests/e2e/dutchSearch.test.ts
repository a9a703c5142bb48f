import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheDirFor } from "../../src/astro/cacheDir.ts";
import { astroBuild, projectRoot } from "../helpers/astroBuild.ts";
import { DUTCH_BASE, writeDutchGlossary } from "../helpers/dutchGlossary.ts";
import { DIALOG, optionsAt, searchFromHeader } from "../helpers/searchUi.ts";
import { SiteBrowser } from "../helpers/siteBrowser.ts";

const PAGE = "[data-search-page]";
const temporary: string[] = [];
let site: SiteBrowser;

beforeAll(async () => {
  const content = writeDutchGlossary();
  const outDir = mkdtempSync(join(tmpdir(), "glossary-dutch-"));
  temporary.push(content, outDir, join(projectRoot, cacheDirFor(content)));
  const result = await astroBuild(content, outDir);
  if (result.code !== 0) throw new Error(`The Dutch glossary did not build:\n${result.output}`);
  site = await SiteBrowser.open(outDir, DUTCH_BASE);
});

afterAll(async () => {
  await site?.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe("search and previews on a site with language: nl", () => {
  it("builds the dialog with Dutch texts and announces in Dutch", async () => {
    const page = await site.visit("terms/ijkset/");
    await searchFromHeader(page, "inbedding");
    expect(await page.textContent(`${DIALOG} label`)).toBe("Begrippen zoeken");
    expect(await page.textContent(`${DIALOG} [data-search-close]`)).toBe("Sluiten");
    expect(await page.getAttribute(`${DIALOG} input`, "placeholder")).toBe(
      "Naam, andere naam of een woord uit een definitie",
    );
    expect(await page.textContent(`${DIALOG} .search-hints`)).toBe(
      "↑ ↓ om te kiezen, Enter om te openen, Esc om te sluiten",
    );
    expect(await page.getAttribute(`${DIALOG} [role=listbox]`, "aria-label")).toBe("Resultaten");
    expect(await page.textContent(`${DIALOG} [role=status]`)).toBe("1 resultaat");
    expect(await page.textContent(`${DIALOG} .search-option-facts`)).toBe("Methoden · Gevorderd");
    expect(await page.textContent(`${DIALOG} .search-all`)).toBe("Alle resultaten voor “inbedding” op de zoekpagina");
    expect(site.errors).toEqual([]);
  });

  it("offers the closest names in Dutch when nothing matches", async () => {
    const page = await site.visit();
    await searchFromHeader(page, "inbxddinx");
    expect(await page.textContent(`${DIALOG} .search-suggestions`)).toBe(
      "Er is geen begrip met de naam “inbxddinx”. Bedoel je Inbedding?",
    );
    // Whatever the text search found besides, the count is announced in Dutch.
    expect(await page.textContent(`${DIALOG} [role=status]`)).toMatch(
      /^(?:1 resultaat|\d+ resultaten|Geen resultaten; bedoel je een van deze namen\?)$/,
    );
  });

  it("shows the level filter in Dutch, filtering by the index's level", async () => {
    const page = await site.visit("search/?q=in&level=Intermediate");
    await optionsAt(page, PAGE, "in", "done");
    expect(await page.$eval(`${PAGE} [data-search-filter=level]`, (select: HTMLSelectElement) => select.value)).toBe(
      "Intermediate",
    );
    const levels = await page.$$eval(`${PAGE} [data-search-filter=level] option`, (options) =>
      options.map((option) => option.textContent),
    );
    expect(levels[0]).toBe("Alle niveaus");
    expect(levels.slice(1).sort()).toEqual(["Beginner", "Expert", "Gevorderd"]);
    expect(
      await page.$eval(
        `${PAGE} [data-search-filter=level]`,
        (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent,
      ),
    ).toBe("Gevorderd");
    const facts = await page.$$eval(`${PAGE} .search-option-facts`, (nodes) => nodes.map((node) => node.textContent));
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(fact).toMatch(/ · Gevorderd$/);
  });

  it("hints in Dutch that a second tap opens a previewed link", async () => {
    const page = await site.visit("terms/ijkset/", {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 800 },
    });
    await page.tap(`.term-body a[href="${DUTCH_BASE}terms/tokenisatie/"]`);
    await page.waitForSelector("#term-preview:not([hidden])");
    expect(await page.textContent("#term-preview")).toContain("Tik nog eens op de link om de pagina te openen.");
  });
});
