import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheDirFor } from "../../src/astro/cacheDir.ts";
import { astroBuild, projectRoot } from "../helpers/astroBuild.ts";
import { BuiltSite } from "../helpers/builtSite.ts";
import { DUTCH_BASE, writeDutchGlossary } from "../helpers/dutchGlossary.ts";
import { englishOnlyFragments, shownText } from "../helpers/interfaceText.ts";

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** What English says that Dutch does not: each English fragment no Dutch text holds. */
const englishOnly = englishOnlyFragments("nl");
const shown = (page: HTMLElement) => shownText(page);

let site: BuiltSite;

beforeAll(async () => {
  const content = writeDutchGlossary();
  temporary.push(content, join(projectRoot, cacheDirFor(content)));
  const outDir = mkdtempSync(join(tmpdir(), "glossary-dutch-"));
  temporary.push(outDir);
  const result = await astroBuild(content, outDir);
  if (result.code !== 0) throw new Error(`The Dutch glossary did not build:\n${result.output}`);
  site = new BuiltSite(outDir, DUTCH_BASE);
});

describe("a site with language: nl and no translations", () => {
  it("has English texts to look for", () => {
    expect(englishOnly).toContain("What is");
    expect(englishOnly).toContain("Related concepts");
    expect(englishOnly).toContain("Skip to content");
    expect(englishOnly.length).toBeGreaterThan(60);
  });

  it("shows no English text of the catalogue on any page", () => {
    const files = site.htmlFiles();
    expect(files.length).toBeGreaterThan(15);
    const found = files.flatMap((file) => {
      const text = shown(site.parsed(file));
      return englishOnly.filter((fragment) => text.includes(fragment)).map((fragment) => `${file}: ${fragment}`);
    });
    expect(found).toEqual([]);
  });

  it("writes its pages in Dutch, from the entry to the search page", () => {
    const term = site.page("/woorden/terms/ijkset/");
    const text = shown(term);
    expect(term.querySelector("html")?.getAttribute("lang")).toBe("nl");
    expect(term.querySelector("h1")?.textContent).toBe("Wat is IJkset?");
    for (const expected of [
      "Naar de inhoud",
      "Ook bekend als:",
      "Verwante begrippen",
      "Bronnen",
      "Bijgewerkt op 10 maart 2025",
      "week 6 van 2025",
      "Gepubliceerd op 3 februari 2025",
      "Dit begrip bewerken",
      "Volgende",
      "Begrippen zoeken",
      "Beginner",
    ]) {
      expect(text).toContain(expected);
    }
    expect(shown(site.page("/woorden/terms/inbedding/"))).toContain("Gevorderd");
    expect(shown(site.page("/woorden/terms/neuraal-netwerk/"))).toContain("Genoemd in");
    expect(shown(site.page("/woorden/terms/neuraal-netwerk/"))).toContain("Expert");
    expect(shown(site.page("/woorden/search/"))).toContain("Alle categorieën");
    expect(shown(site.page("/woorden/categories/"))).toContain("De 3 categorieën van de woordenlijst.");
    expect(shown(site.page("/woorden/categories/leeg/"))).toContain("Nog geen begrippen in deze categorie.");
    expect(shown(site.page("/woorden/"))).toContain("5 begrippen in 3 categorieën.");
    expect(site.redirectOf("terms/referentieset/index.html")).toBe("/woorden/terms/ijkset/");
    expect(shown(site.page("/woorden/terms/referentieset/"))).toContain(
      "“referentieset” is een andere naam voor IJkset.",
    );
    expect(site.text("feed.xml")).toContain("<subtitle>De nieuwste begrippen van Testwoordenlijst.</subtitle>");
  });

  it("gives the search code its texts in Dutch, the levels as the pages name them", () => {
    const messages = JSON.parse(site.text("search/dialog-texts.json"));
    expect(messages.locale).toBe("nl");
    expect(messages.count).toEqual({ one: "{count} resultaat", other: "{count} resultaten" });
    expect(messages.levels).toEqual({ Intermediate: "Gevorderd", Advanced: "Expert" });
    const level = site.page("/woorden/terms/inbedding/").querySelector("[data-pagefind-filter^=level]");
    expect(level?.getAttribute("data-pagefind-filter")).toBe("level:Intermediate");
  });

  it("files IJkset under I on the split A–Z index, with Dutch letter pages", () => {
    const page = site.page("/woorden/letters/i/");
    expect(page.querySelector("h1")?.textContent).toBe("I");
    expect(page.querySelectorAll(".term-list dt a").map((a) => a.textContent)).toEqual(["IJkset", "Inbedding"]);
    expect(shown(page)).toContain("2 begrippen.");
    expect(shown(site.page("/woorden/categories/methoden/"))).toContain("Volgende pagina");
    expect(shown(site.page("/woorden/categories/methoden/2/"))).toContain("Pagina 2");
  });
});
