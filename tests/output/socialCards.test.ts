import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { cacheDirFor } from "../../src/astro/cacheDir.ts";
import { astroBuild, projectRoot } from "../helpers/astroBuild.ts";
import { BuiltSite } from "../helpers/builtSite.ts";
import { BASE, fixtureSite, published } from "../helpers/fixtureSite.ts";
import { pngSize } from "../helpers/socialCards.ts";
import { TRANSLATED_BASE, TRANSLATED_ORIGIN, translatedSite } from "../helpers/translatedSite.ts";

/** The fixture's public address, which absolute links start with. */
const ORIGIN = "https://example.test";

let site: BuiltSite;
let translated: BuiltSite;

beforeAll(() => {
  site = fixtureSite();
  translated = translatedSite();
});

/** The content of a page's `<meta>` with the given property or name. */
function meta(page: HTMLElement, key: string): string | undefined {
  return (page.querySelector(`meta[property="${key}"]`) ?? page.querySelector(`meta[name="${key}"]`))?.getAttribute(
    "content",
  );
}

/** The file of the built site that an absolute card address points at, checking it is under the site. */
function cardFile(built: BuiltSite, origin: string, url: string | undefined): string {
  expect(url?.startsWith(`${origin}${built.base}cards/`)).toBe(true);
  const file = built.fileFor(new URL(url ?? "").pathname);
  expect(file, `no file for ${url}`).toBeDefined();
  return join(built.dir, file ?? "");
}

/** Checks every tag of a page's card (`alt` a text or a matcher) and returns the card's file. */
function checkCard(built: BuiltSite, origin: string, path: string, alt: unknown): string {
  const page = built.page(`${built.base}${path}`);
  const file = cardFile(built, origin, meta(page, "og:image"));
  expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
  expect(meta(page, "og:image:type")).toBe("image/png");
  expect(meta(page, "og:image:width")).toBe("1200");
  expect(meta(page, "og:image:height")).toBe("630");
  expect(meta(page, "og:image:alt")).toEqual(alt);
  expect(meta(page, "twitter:image:alt")).toEqual(alt);
  expect(meta(page, "twitter:card")).toBe("summary_large_image");
  return file.slice(built.dir.length + 1);
}

describe("social cards", () => {
  it("give every entry page its own 1200×630 card, named with width, height and the card's text as alt", () => {
    const files = new Set<string>();
    for (const entry of published) {
      const alt = `${entry.data.title}: ${entry.data.description}`;
      files.add(checkCard(site, ORIGIN, `terms/${entry.slug}/`, alt));
    }
    expect([...files].sort()).toEqual(published.map((entry) => `cards/terms/${entry.slug}.png`).sort());
    expect(files.size).toBe(5);
  });

  it("give the home page the site's card and each category page the category's, on every page of it", () => {
    expect(checkCard(site, ORIGIN, "", "Fixture Glossary: A small glossary the tests build.")).toBe("cards/site.png");
    const basics = site.page(`${BASE}categories/basics/`).querySelector("h1")?.textContent.trim();
    expect(checkCard(site, ORIGIN, "categories/basics/", expect.stringContaining(`${basics}: `))).toBe(
      "cards/categories/basics.png",
    );
    expect(checkCard(site, ORIGIN, "categories/empty-shelf/", expect.any(String))).toBe(
      "cards/categories/empty-shelf.png",
    );
  });

  it("give every other page the site's card, and draw no card no page names", () => {
    for (const path of ["categories/", "search/", "terms/km/", "404.html"]) {
      const page = site.page(`${BASE}${path}`);
      expect(meta(page, "og:image"), path).toBe(`${ORIGIN}${BASE}cards/site.png`);
    }
    const named = new Set(
      site
        .htmlFiles()
        .map((file) => meta(site.page(`${BASE}${file.replace(/index\.html$/, "")}`), "og:image"))
        .filter((url) => url !== undefined)
        .map((url) => new URL(url).pathname.slice(BASE.length)),
    );
    const drawn = readdirSync(join(site.dir, "cards"), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".png"))
      .map((file) => `cards/${file}`);
    expect([...named].sort()).toEqual(drawn.sort());
  });

  it("are drawn in the page's language on a translated site, under the language's folder", () => {
    const alt = checkCard(
      translated,
      TRANSLATED_ORIGIN,
      "nl/terms/gpu/",
      "Grafische processor: Een processor met duizenden kleine kernen die het rekenwerk van de training parallel uitvoert.",
    );
    expect(alt).toBe("cards/nl/terms/gpu.png");
    expect(checkCard(translated, TRANSLATED_ORIGIN, "nl/", expect.any(String))).toBe("cards/nl/site.png");
    expect(checkCard(translated, TRANSLATED_ORIGIN, "nl/categories/basics/", expect.stringMatching(/^Basis: /))).toBe(
      "cards/nl/categories/basics.png",
    );
    // An entry left in English has its English card only; its Dutch address does not exist.
    expect(existsSync(join(translated.dir, "cards/terms/epoch.png"))).toBe(true);
    expect(existsSync(join(translated.dir, "cards/nl/terms/epoch.png"))).toBe(false);
    expect(translated.fileFor(`${TRANSLATED_BASE}cards/nl/terms/gpu.png`)).toBeDefined();
  });

  it("are left out when site.yaml turns them off: no cards folder, no og:image, and a small Twitter card", () => {
    const paged = new BuiltSite(inject("pagedDist"), "/");
    expect(readFileSync(join(inject("pagedContent"), "site.yaml"), "utf8")).toContain("socialCards: false");
    expect(existsSync(join(paged.dir, "cards"))).toBe(false);
    for (const path of ["/", "/categories/category-1/"]) {
      const page = paged.page(path);
      expect(meta(page, "og:image")).toBeUndefined();
      expect(meta(page, "og:title")).toBeDefined();
      expect(meta(page, "twitter:card")).toBe("summary");
    }
  });

  it("are not drawn for texts the card font lacks: such a page names the site's card, and the build says so", async () => {
    const scratch = mkdtempSync(join(tmpdir(), "glossary-cards-"));
    const content = join(scratch, "content");
    cpSync(join(projectRoot, "tests/fixtures/glossary"), content, { recursive: true });
    const file = join(content, "terms/xylophone.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("title: xylophone", "title: 木琴 xylophone"));
    try {
      const out = join(scratch, "dist");
      const result = await astroBuild(content, out);
      expect(result.code).toBe(0);
      expect(result.output).toMatch(
        /1 social card\(s\) not drawn: the card font lacks 木 琴 \(cards\/terms\/xylophone\.png\)/,
      );
      const built = new BuiltSite(out, BASE);
      expect(existsSync(join(out, "cards/terms/xylophone.png"))).toBe(false);
      expect(meta(built.page(`${BASE}terms/xylophone/`), "og:image")).toBe(`${ORIGIN}${BASE}cards/site.png`);
      expect(meta(built.page(`${BASE}terms/xylophone/`), "og:image:alt")).toBe(
        "Fixture Glossary: A small glossary the tests build.",
      );
      expect(existsSync(join(out, "cards/terms/k-means.png"))).toBe(true);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
      rmSync(join(projectRoot, cacheDirFor(content)), { recursive: true, force: true });
    }
  });
});
