import { readdirSync } from "node:fs";
import { join } from "node:path";
import { type HTMLElement, parse, valid } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { publishedEntries } from "../../src/core/content/glossary.ts";
import type { BuiltSite } from "../helpers/builtSite.ts";
import { englishOnlyFragments, shownText } from "../helpers/interfaceText.ts";
import { indexedPages } from "../helpers/quality/completeness.ts";
import { brokenLinks } from "../helpers/quality/links.ts";
import { schemaOrgProblems } from "../helpers/schemaOrg.ts";
import {
  TRANSLATED_BASE as BASE,
  translatedGlossary as glossary,
  TRANSLATED_ORIGIN as ORIGIN,
  translatedSite,
} from "../helpers/translatedSite.ts";

let site: BuiltSite;

beforeAll(() => {
  site = translatedSite();
});

const [dutch] = glossary.editions;
const english = publishedEntries(glossary);
/** The published Dutch translations, by slug. */
const translations = new Map(
  (dutch?.entries ?? []).filter((entry) => !entry.data.draft).map((entry) => [entry.slug, entry]),
);
const untranslated = english.filter((entry) => !translations.has(entry.slug));
const titleOf = (slug: string) =>
  translations.get(slug)?.data.title ?? english.find((entry) => entry.slug === slug)?.data.title;

const enPath = (slug: string) => `${BASE}terms/${slug}/`;
const nlPath = (slug: string) => `${BASE}nl/terms/${slug}/`;
const text = (node: HTMLElement | null | undefined) => node?.textContent.replace(/\s+/g, " ").trim();
const dutchFiles = () => site.htmlFiles().filter((file) => file.startsWith("nl/"));

/** The `<link rel="alternate" hreflang>` of a page, as `hreflang → href`. */
function alternates(url: string): Record<string, string | undefined> {
  const links = site.page(url).querySelectorAll('head link[rel="alternate"][hreflang]');
  return Object.fromEntries(links.map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")]));
}

/** The nodes of a page's JSON-LD graphs. */
function jsonLdNodes(url: string): Record<string, unknown>[] {
  return site
    .page(url)
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((script) => {
      const data = JSON.parse(script.textContent) as Record<string, unknown>;
      return (data["@graph"] as Record<string, unknown>[] | undefined) ?? [data];
    });
}

/** The slug of a link to an entry page in either language, and the language of that page. */
function termTarget(href: string): { slug: string; language: "en" | "nl" } | undefined {
  const match = new RegExp(`^${BASE}(nl/)?terms/([^/#]+)/(?:#.*)?$`).exec(href);
  if (!match?.[2]) return undefined;
  return { slug: match[2], language: match[1] ? "nl" : "en" };
}

describe("the fixture's translations", () => {
  it("are the ones the tests expect: three published, one of a draft, three entries left in English", () => {
    expect(dutch?.language).toBe("nl");
    expect([...translations.keys()].sort()).toEqual(["deep-learning", "gpu", "neural-network"]);
    expect(dutch?.entries.filter((entry) => entry.data.draft).map((entry) => entry.slug)).toEqual(["secret-model"]);
    expect(untranslated.map((entry) => entry.slug).sort()).toEqual(["epoch", "gradient-descent", "tokenizer"]);
    expect(glossary.problems).toEqual([]);
  });
});

describe("the Dutch pages", () => {
  it("exist for every published translation, and only for those", () => {
    for (const url of [
      `${BASE}nl/`,
      `${BASE}nl/categories/`,
      `${BASE}nl/search/`,
      ...glossary.categories.map((category) => `${BASE}nl/categories/${category.id}/`),
    ]) {
      expect(site.fileFor(url), url).toBeDefined();
    }
    const termPages = readdirSync(join(site.dir, "nl/terms")).sort();
    expect(termPages).toEqual([...translations.keys()].sort());
    for (const entry of untranslated) expect(site.fileFor(nlPath(entry.slug)), entry.slug).toBeUndefined();
    expect(site.fileFor(nlPath("secret-model"))).toBeUndefined();
    expect(site.fileFor(enPath("secret-model"))).toBeUndefined();
  });

  it("never show the draft entry or its translation, in any file of the site", () => {
    const files = readdirSync(site.dir, { recursive: true })
      .map(String)
      .filter((file) => /\.(html|json|xml|txt)$/.test(file));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const content = site.text(file);
      for (const secret of ["secret-model", "Secret Model", "Geheim model", "Nog niet klaar"]) {
        expect(content.includes(secret), `${file}: ${secret}`).toBe(false);
      }
    }
  });

  it('are marked <html lang="nl" data-folder="nl/">, the English pages lang="en" without a folder', () => {
    for (const file of site.htmlFiles()) {
      const html = site.parsed(file).querySelector("html");
      const isDutch = file.startsWith("nl/");
      expect(html?.getAttribute("lang"), file).toBe(isDutch ? "nl" : "en");
      expect(html?.getAttribute("data-folder"), file).toBe(isDutch ? "nl/" : undefined);
    }
  });

  it("list only the translated entries on the Dutch home, by their Dutch titles, in Dutch order", () => {
    const links = site.page(`${BASE}nl/`).querySelectorAll(".letter-group dt a");
    expect(links.map((a) => [a.getAttribute("href"), text(a)])).toEqual([
      [nlPath("deep-learning"), "Deep Learning"],
      [nlPath("gpu"), "Grafische processor"],
      [nlPath("neural-network"), "Neuraal netwerk"],
    ]);
  });

  it("say on the Dutch home how many entries exist only in English, linking to the English index", () => {
    const home = site.page(`${BASE}nl/`);
    const notes = home.querySelectorAll("p.untranslated");
    expect(notes).toHaveLength(1);
    expect(untranslated).toHaveLength(3);
    expect(text(notes[0])).toBe("Nog 3 begrippen bestaan alleen in het Engels: de index in het Engels");
    const link = notes[0]?.querySelector("a");
    expect(link?.getAttribute("href")).toBe(BASE);
    expect(link?.getAttribute("hreflang")).toBe("en");
    expect(site.page(BASE).querySelector("p.untranslated")).toBeNull();
  });

  it("title the categories in Dutch where translated, and note per category what is left in English", () => {
    const cards = site.page(`${BASE}nl/categories/`).querySelectorAll(".category-list .card strong");
    expect(cards.map((card) => text(card))).toEqual(["Basis", "Methoden", "Hardware"]);
    const notes = Object.fromEntries(
      glossary.categories.map((category) => {
        const page = site.page(`${BASE}nl/categories/${category.id}/`);
        const note = page.querySelector("p.untranslated");
        const link = note?.querySelector("a");
        return [
          category.id,
          note && { text: text(note), href: link?.getAttribute("href"), hreflang: link?.getAttribute("hreflang") },
        ];
      }),
    );
    expect(notes).toEqual({
      basics: null,
      methods: {
        text: "Nog 2 begrippen uit deze categorie bestaan alleen in het Engels: Methoden in het Engels",
        href: `${BASE}categories/methods/`,
        hreflang: "en",
      },
      hardware: {
        text: "Nog 1 begrip uit deze categorie bestaat alleen in het Engels: Hardware in het Engels",
        href: `${BASE}categories/hardware/`,
        hreflang: "en",
      },
    });
    expect(text(site.page(`${BASE}nl/categories/methods/`).querySelector("h1"))).toBe("Methoden");
    const listed = site
      .page(`${BASE}nl/categories/methods/`)
      .querySelectorAll(".term-list dt > a")
      .map((a) => a.getAttribute("href"));
    expect(listed).toEqual([nlPath("deep-learning")]);
  });
});

describe("the language versions of an entry", () => {
  it.each(["deep-learning", "gpu", "neural-network"])(
    "%s: both pages name each other, and the English one as x-default, by absolute URL",
    (slug) => {
      const expected = {
        en: `${ORIGIN}${enPath(slug)}`,
        nl: `${ORIGIN}${nlPath(slug)}`,
        "x-default": `${ORIGIN}${enPath(slug)}`,
      };
      expect(alternates(enPath(slug))).toEqual(expected);
      expect(alternates(nlPath(slug))).toEqual(expected);
    },
  );

  it("are neither announced nor offered on the pages of entries without a translation", () => {
    for (const entry of untranslated) {
      expect(alternates(enPath(entry.slug)), entry.slug).toEqual({});
      expect(site.page(enPath(entry.slug)).querySelector(".language-switcher"), entry.slug).toBeNull();
    }
  });

  it.each(["deep-learning", "gpu", "neural-network"])(
    "%s: the switcher links the other version, in its own language, and marks the current one",
    (slug) => {
      const switcher = (url: string) => {
        const nav = site.page(url).querySelector("nav.language-switcher");
        return {
          links: nav
            ?.querySelectorAll("a")
            .map((a) => [text(a), a.getAttribute("href"), a.getAttribute("hreflang"), a.getAttribute("lang")]),
          current: nav
            ?.querySelectorAll('[aria-current="page"]')
            .map((span) => [text(span), span.getAttribute("lang")]),
        };
      };
      expect(switcher(enPath(slug))).toEqual({
        links: [["Nederlands", nlPath(slug), "nl", "nl"]],
        current: [["English", "en"]],
      });
      expect(switcher(nlPath(slug))).toEqual({
        links: [["English", enPath(slug), "en", "en"]],
        current: [["Nederlands", "nl"]],
      });
    },
  );

  it("give each page's structured data its language, and nothing but its language", () => {
    const cases = [
      ...[...translations.keys()].flatMap((slug) => [
        [nlPath(slug), "nl"],
        [enPath(slug), "en"],
      ]),
      ...untranslated.map((entry) => [enPath(entry.slug), "en"]),
      [`${BASE}nl/`, "nl"],
      [BASE, "en"],
    ];
    /** Every `inLanguage` of a JSON-LD value, in nested nodes too. */
    const languagesOf = (value: unknown): unknown[] => {
      if (Array.isArray(value)) return value.flatMap(languagesOf);
      if (value === null || typeof value !== "object") return [];
      const node = value as Record<string, unknown>;
      return [...(node.inLanguage === undefined ? [] : [node.inLanguage]), ...Object.values(node).flatMap(languagesOf)];
    };
    for (const [url = "", language] of cases) {
      const languages = languagesOf(jsonLdNodes(url));
      expect(languages, url).toContain(language);
      expect(new Set(languages), url).toEqual(new Set([language]));
    }
    const term = jsonLdNodes(nlPath("gpu")).find((node) => node["@type"] === "DefinedTerm");
    expect(term?.name).toBe("Grafische processor");
    expect(term?.url).toBe(`${ORIGIN}${nlPath("gpu")}`);
  });

  it("is valid schema.org on every page of both languages", () => {
    const problems = site.htmlFiles().flatMap((file) =>
      site
        .parsed(file)
        .querySelectorAll('script[type="application/ld+json"]')
        .flatMap((script) => schemaOrgProblems(JSON.parse(script.textContent)).map((p) => `${file}: ${p}`)),
    );
    expect(problems).toEqual([]);
  });
});

describe("links from the Dutch pages", () => {
  it("show the related entries by their Dutch titles where translated, else in English marked as such", () => {
    for (const [slug] of translations) {
      const related = english.find((entry) => entry.slug === slug)?.data.related ?? [];
      const cards = site.page(nlPath(slug)).querySelectorAll(".related .card");
      expect(
        cards.map((card) => [
          card.getAttribute("href"),
          text(card.querySelector("strong")),
          card.getAttribute("hreflang"),
          card.getAttribute("lang"),
        ]),
        slug,
      ).toEqual(
        related.map((other) =>
          translations.has(other)
            ? [nlPath(other), titleOf(other), undefined, undefined]
            : [enPath(other), titleOf(other), "en", "en"],
        ),
      );
    }
    const epochCard = site.page(nlPath("deep-learning")).querySelector(`.related .card[href="${enPath("epoch")}"]`);
    expect(text(epochCard?.querySelector("span"))).toBe(english.find((e) => e.slug === "epoch")?.data.description);
  });

  it('list "Referenced by" in Dutch where translated, else in English marked as such', () => {
    const items = site
      .page(nlPath("deep-learning"))
      .querySelectorAll(".referenced-by a")
      .map((a) => [a.getAttribute("href"), text(a), a.getAttribute("hreflang"), a.getAttribute("lang")]);
    expect(items).toEqual([
      [enPath("epoch"), "Epoch", "en", "en"],
      [nlPath("gpu"), "Grafische processor", undefined, undefined],
      [nlPath("neural-network"), "Neuraal netwerk", undefined, undefined],
    ]);
  });

  it("go previous and next only among the Dutch translations, in Dutch order", () => {
    const order = ["deep-learning", "gpu", "neural-network"];
    order.forEach((slug, index) => {
      const page = site.page(nlPath(slug));
      const prev = page.querySelector('.prev-next a[rel="prev"]');
      const next = page.querySelector('.prev-next a[rel="next"]');
      const before = order[index - 1];
      const after = order[index + 1];
      expect(prev?.getAttribute("href"), slug).toBe(before && nlPath(before));
      expect(next?.getAttribute("href"), slug).toBe(after && nlPath(after));
      if (before) expect(text(prev)).toBe(`Vorige${titleOf(before)}`);
      if (after) expect(text(next)).toBe(`Volgende${titleOf(after)}`);
    });
  });

  it("send body links and mentions to the Dutch page where there is one, else to the English one with hreflang", () => {
    const body = (slug: string) =>
      site
        .page(nlPath(slug))
        .querySelectorAll(".term-body a:not(.heading-anchor)")
        .map((a) => [
          a.getAttribute("href"),
          a.getAttribute("data-preview"),
          a.getAttribute("hreflang"),
          a.classList.contains("mention"),
        ]);
    expect(body("deep-learning")).toEqual([
      [nlPath("neural-network"), "", undefined, false],
      [enPath("epoch"), "", "en", false],
      [`${nlPath("gpu")}#waarom-het-ertoe-doet`, "", undefined, false],
      [enPath("gradient-descent"), "", "en", true],
    ]);
    expect(body("neural-network")).toEqual([
      [enPath("gradient-descent"), "", "en", false],
      [nlPath("deep-learning"), "", undefined, true],
    ]);
    expect(body("gpu")).toEqual([
      [nlPath("deep-learning"), "", undefined, true],
      [nlPath("neural-network"), "", undefined, false],
    ]);
  });

  it("reach an English entry page only when the entry has no translation, always with hreflang en", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of dutchFiles()) {
      for (const a of site.parsed(file).querySelectorAll("main a[href]")) {
        const target = termTarget(a.getAttribute("href") ?? "");
        if (!target) continue;
        checked += 1;
        const say = (what: string) => problems.push(`${file}: ${a.getAttribute("href")} ${what}`);
        if (target.language === "nl" && !translations.has(target.slug)) say("is a Dutch page that does not exist");
        if (target.language === "en" && translations.has(target.slug)) say("is English though a translation exists");
        // SVG's <a> (the concept map's) has no hreflang: its lang says the title is English.
        const inMap = a.closest("svg") !== null;
        if (target.language === "en" && !inMap && a.getAttribute("hreflang") !== "en") say("has no hreflang en");
        if (target.language === "en" && inMap && a.getAttribute("lang") !== "en") say("has no lang en");
        if (target.language === "nl" && a.getAttribute("hreflang") !== undefined) say("has an hreflang");
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it("and from the English pages, never reach a Dutch entry page except through the switcher", () => {
    for (const file of site.htmlFiles().filter((file) => !file.startsWith("nl/"))) {
      for (const a of site.parsed(file).querySelectorAll("a[href]")) {
        const target = termTarget(a.getAttribute("href") ?? "");
        if (target?.language !== "nl") continue;
        expect(a.closest("nav.language-switcher"), `${file}: ${a.getAttribute("href")}`).not.toBeNull();
      }
    }
  });

  it("all resolve to a built page or fragment", () => {
    expect(dutchFiles().length).toBeGreaterThan(8);
    expect(brokenLinks(site)).toEqual([]);
  });
});

describe("the Dutch interface", () => {
  /** The texts of the glossary's English content that a Dutch page may show where nothing is translated. */
  const englishContent = [
    ...english.flatMap((entry) => [entry.data.title, entry.data.description, ...entry.data.aliases]),
    ...glossary.categories.flatMap((category) => [category.title, category.description]),
    glossary.settings.title,
    glossary.settings.tagline,
  ].sort((a, b) => b.length - a.length);
  const englishOnly = englishOnlyFragments("nl");

  it("shows no English text of the catalogue on any Dutch page, apart from the glossary's English content", () => {
    const found = dutchFiles().flatMap((file) => {
      let shown = shownText(site.parsed(file), '[lang="en"]');
      for (const content of englishContent) shown = shown.replaceAll(content, " ");
      return englishOnly.filter((fragment) => shown.includes(fragment)).map((fragment) => `${file}: ${fragment}`);
    });
    expect(englishOnly.length).toBeGreaterThan(60);
    expect(found).toEqual([]);
  });

  it("gives the Dutch search dialog its texts in Dutch, in a file of the Dutch folder the pages do not carry", () => {
    const texts = JSON.parse(site.text("nl/search/dialog-texts.json"));
    expect(texts.locale).toBe("nl");
    const shown = Object.values(texts).flatMap((value) =>
      typeof value === "string" ? [value] : Object.values(value as object),
    );
    expect(englishOnly.filter((fragment) => shown.some((text) => String(text).includes(fragment)))).toEqual([]);
    expect(JSON.parse(site.text("search/dialog-texts.json")).locale).toBe("en");
    expect(
      site.parsed("nl/index.html").querySelector("[data-search-trigger]")?.getAttribute("data-messages"),
    ).toBeUndefined();
  });

  it("labels the link of every body heading in Dutch", () => {
    const labels = dutchFiles().flatMap((file) =>
      site
        .parsed(file)
        .querySelectorAll(".term-body .heading-anchor")
        .map((a) => `${file}: ${a.getAttribute("aria-label")}`),
    );
    expect(labels).toHaveLength(2);
    for (const label of labels) expect(label).not.toMatch(/: Link to section/);
  });
});

describe("the sitemap", () => {
  const sitemap = () => {
    const xml = site.text("sitemap.xml");
    expect(valid(xml)).toBe(true);
    return parse(xml).querySelectorAll("url");
  };
  /** Each page of the sitemap with its alternates, as `hreflang → href`. */
  const entries = (): Map<string, Record<string, string>> =>
    new Map(
      sitemap().map((url) => [
        url.querySelector("loc")?.textContent ?? "",
        Object.fromEntries(
          url.childNodes
            .filter((node): node is HTMLElement => (node as HTMLElement).rawTagName === "xhtml:link")
            .map((link) => {
              expect(link.getAttribute("rel")).toBe("alternate");
              return [link.getAttribute("hreflang") ?? "", link.getAttribute("href") ?? ""];
            }),
        ),
      ]),
    );

  it("lists every page of both languages, each one once, each one built", () => {
    const urls = sitemap().map((url) => url.querySelector("loc")?.textContent ?? "");
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(site.fileFor(url.replace(ORIGIN, "")), url).toBeDefined();
    for (const slug of translations.keys()) expect(urls).toContain(`${ORIGIN}${nlPath(slug)}`);
    for (const entry of english) expect(urls).toContain(`${ORIGIN}${enPath(entry.slug)}`);
    for (const path of ["", "categories/", ...glossary.categories.map((c) => `categories/${c.id}/`)]) {
      expect(urls).toContain(`${ORIGIN}${BASE}${path}`);
      expect(urls).toContain(`${ORIGIN}${BASE}nl/${path}`);
    }
    expect(urls.filter((url) => url.includes("/nl/terms/"))).toHaveLength(translations.size);
  });

  it("gives each page in both languages its alternates, both ways, each an existing page, as its head does", () => {
    const all = entries();
    let withAlternates = 0;
    for (const [loc, links] of all) {
      const hrefs = Object.values(links);
      if (hrefs.length === 0) continue;
      withAlternates += 1;
      expect(Object.keys(links).sort(), loc).toEqual(["en", "nl", "x-default"]);
      expect(links[loc.includes(`${BASE}nl/`) ? "nl" : "en"], loc).toBe(loc);
      expect(links["x-default"], loc).toBe(links.en);
      for (const href of hrefs) {
        expect(href.startsWith(`${ORIGIN}${BASE}`), href).toBe(true);
        expect(site.fileFor(href.replace(ORIGIN, "")), href).toBeDefined();
        expect(all.get(href), `${href}, an alternate of ${loc}`).toEqual(links);
      }
      expect(alternates(loc.replace(ORIGIN, "")), loc).toEqual(links);
    }
    // Home, categories and each category, and the translated entries, in both languages.
    expect(withAlternates).toBe(2 * (2 + glossary.categories.length + translations.size));
    for (const entry of untranslated) expect(all.get(`${ORIGIN}${enPath(entry.slug)}`), entry.slug).toEqual({});
  });
});

describe("search", () => {
  it("holds each page once in one Pagefind bundle, the English pages as en and the translations as nl", () => {
    const entry = JSON.parse(site.text("pagefind/pagefind-entry.json")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(["en", "nl"]);
    expect(entry.languages.en?.page_count).toBe(english.length);
    expect(entry.languages.nl?.page_count).toBe(translations.size);
    const pages = indexedPages(join(site.dir, "pagefind"));
    expect(pages.map(({ url }) => url).sort()).toEqual(
      [...english.map((e) => `/terms/${e.slug}/`), ...[...translations.keys()].map((s) => `/nl/terms/${s}/`)].sort(),
    );
    for (const { url, language } of pages) expect(language, url).toBe(url.startsWith("/nl/") ? "nl" : "en");
  });

  it("writes a name index for each language, whose root parses, each knowing every entry by its names in both", () => {
    for (const folder of ["", "nl/"]) {
      const root = JSON.parse(site.text(`${folder}search/names/index.json`)) as {
        version: number;
        categories: string[];
        names: { keys: string[] };
      };
      expect(root.version, folder).toBe(1);
      expect(root.names.keys.length, folder).toBeGreaterThan(0);
      const names = readdirSync(join(site.dir, folder, "search/names/names")).flatMap((file) => {
        const leaf = JSON.parse(site.text(`${folder}search/names/names/${file}`)) as { names: [string][] };
        return leaf.names.map(([name]) => name);
      });
      for (const name of ["deep learning", "diep leren", "epoch", "grafische processor", "gpu", "neuraal netwerk"]) {
        expect(names, `${folder}: ${name}`).toContain(name);
      }
      for (const name of names) expect(name).not.toMatch(/secret|geheim/);
    }
    const dutchRoot = JSON.parse(site.text("nl/search/names/index.json")) as { categories: string[] };
    expect(dutchRoot.categories.sort()).toEqual(["Basis", "Hardware", "Methoden"]);
  });
});
