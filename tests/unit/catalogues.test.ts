import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUES, type Catalogue, type MessageKey } from "../../src/i18n/catalogues.ts";
import { searchBoxTexts, searchDialogTexts } from "../../src/i18n/clientTexts.ts";
import { CATALOGUE_LANGUAGES, hasCatalogue, messageParts, messagesFor } from "../../src/i18n/messages.ts";

const folder = new URL("../../src/i18n/catalogues/", import.meta.url);
const files = readdirSync(folder).filter((file) => file.endsWith(".json"));
const english = CATALOGUES.en as Catalogue;
const keys = Object.keys(english) as MessageKey[];

/** The names of a message's placeholders, of all its forms, sorted. */
function placeholders(message: Catalogue[MessageKey] | string | undefined): string[] {
  const texts = typeof message === "object" ? Object.values(message) : [message ?? ""];
  return [
    ...new Set(texts.flatMap((text) => [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ""))),
  ].sort();
}

describe("the catalogue registry", () => {
  it("registers every catalogue file of the folder, under the file's name", () => {
    expect(files.map((file) => file.replace(/\.json$/, "")).sort()).toEqual([...CATALOGUE_LANGUAGES].sort());
    for (const file of files) {
      const language = file.replace(/\.json$/, "");
      expect(CATALOGUES[language], file).toEqual(JSON.parse(readFileSync(new URL(file, folder), "utf8")));
    }
  });

  it("has English, the language every other falls back to", () => {
    expect(CATALOGUE_LANGUAGES).toContain("en");
    expect(CATALOGUE_LANGUAGES).toContain("nl");
  });
});

describe.each(CATALOGUE_LANGUAGES.map((language) => [language, CATALOGUES[language] as Catalogue] as const))(
  "the %s catalogue",
  (language, catalogue) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

    it("has exactly the keys English has", () => {
      expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
    });

    it.each(keys)("%s: the kind and placeholders of the English message", (key) => {
      const message = catalogue[key];
      expect(typeof message).toBe(typeof english[key]);
      expect(placeholders(message)).toEqual(placeholders(english[key]));
      if (typeof message === "object") {
        const other = english[key] as { other: string };
        expect(placeholders(message.other)).toEqual(placeholders(other.other));
      }
    });

    it("gives every plural message the forms the language's plural rules need, and no others", () => {
      for (const key of keys) {
        const message = catalogue[key];
        if (typeof message !== "object") continue;
        expect(message.other, key).toBeDefined();
        expect(Object.keys(message).sort(), key).toEqual([...categories].sort());
      }
    });

    it("has no empty text", () => {
      for (const key of keys) {
        const message = catalogue[key];
        const texts = typeof message === "object" ? Object.values(message) : [message];
        for (const text of texts) expect(text?.trim(), key).not.toBe("");
      }
    });
  },
);

describe("messagesFor", () => {
  it("picks the catalogue of the exact tag, then of the base language, else English", () => {
    expect(messagesFor("nl").language).toBe("nl");
    expect(messagesFor("nl-BE").language).toBe("nl");
    expect(messagesFor("en-GB").language).toBe("en");
    expect(messagesFor("fr").language).toBe("en");
    expect(messagesFor("pt-BR").language).toBe("en");
    expect(messagesFor("nl-BE").text("term.heading.question", { title: "Deep Learning" })).toBe(
      "Wat is Deep Learning?",
    );
    expect(messagesFor("fr").text("term.heading.question", { title: "Deep Learning" })).toBe("What is Deep Learning?");
  });

  it("makes the messages of a language once", () => {
    expect(messagesFor("nl")).toBe(messagesFor("nl"));
  });

  it("formats for the page's language when the catalogue is in it, else for the catalogue's", () => {
    expect(messagesFor("en-GB").locale).toBe("en-GB");
    expect(messagesFor("nl-BE").locale).toBe("nl-BE");
    expect(messagesFor("fr").locale).toBe("en");
    expect(messagesFor("fr").date("2025-02-03")).toBe("February 3, 2025");
  });

  it("knows which languages have texts of their own", () => {
    for (const language of ["en", "en-GB", "nl", "nl-BE"]) expect(hasCatalogue(language), language).toBe(true);
    for (const language of ["fr", "pt-BR", "de"]) expect(hasCatalogue(language), language).toBe(false);
  });
});

describe("text", () => {
  const en = messagesFor("en");
  const nl = messagesFor("nl");

  it("fills placeholders, writing numbers in the language's format", () => {
    expect(en.text("list.page", { number: 3 })).toBe("Page 3");
    expect(en.text("list.page", { number: 12345 })).toBe("Page 12,345");
    expect(nl.text("list.page", { number: 12345 })).toBe("Pagina 12.345");
    expect(nl.text("list.pageSuffix", { number: 2, pages: 5 })).toBe(", pagina 2 van 5");
  });

  it("keeps a placeholder given no value, and never fills a value's own braces", () => {
    expect(en.text("term.updatedOn")).toBe("Updated {date}");
    expect(en.text("term.heading.question", { title: "{title}" })).toBe("What is {title}?");
    expect(en.text("alias.text", { alias: "{title}" })).toBe("“{title}” is another name for {title}.");
  });

  it("cuts a message at its placeholders for markup", () => {
    expect(messageParts(en.text("term.updatedOn"))).toEqual(["Updated ", "date", ""]);
    expect(messageParts(nl.text("alias.text"))).toEqual(["“", "alias", "” is een andere naam voor ", "title", "."]);
    expect(messageParts("no placeholder")).toEqual(["no placeholder"]);
  });
});

describe("count", () => {
  it("picks the plural form and writes the count in the language's number format", () => {
    const en = messagesFor("en");
    const nl = messagesFor("nl");
    expect(en.count("count.terms", 1)).toBe("1 term");
    expect(en.count("count.terms", 0)).toBe("0 terms");
    expect(en.count("count.terms", 2)).toBe("2 terms");
    expect(en.count("count.terms", 10_000)).toBe("10,000 terms");
    expect(nl.count("count.terms", 1)).toBe("1 begrip");
    expect(nl.count("count.terms", 10_000)).toBe("10.000 begrippen");
    expect(nl.count("count.categories", 3)).toBe("3 categorieën");
    expect(en.count("site.description", 70)).toBe("An A–Z glossary of 70 terms.");
  });
});

describe("date and week", () => {
  it("write a date the language's long way, in UTC", () => {
    expect(messagesFor("en").date("2025-02-03")).toBe("February 3, 2025");
    expect(messagesFor("en-GB").date("2025-02-03")).toBe("3 February 2025");
    expect(messagesFor("nl").date("2025-02-03")).toBe("3 februari 2025");
    expect(messagesFor("nl").date("2026-12-31")).toBe("31 december 2026");
    expect(messagesFor("nl-BE").date("2025-01-01")).toBe("1 januari 2025");
  });

  it("write the ISO week the language's way, its year the week-numbering year", () => {
    expect(messagesFor("en").week("2025-02-03")).toBe("week 6 of 2025");
    expect(messagesFor("nl").week("2025-02-03")).toBe("week 6 van 2025");
    expect(messagesFor("en").week("2027-01-01")).toBe("week 53 of 2026");
    expect(messagesFor("nl").week("2024-12-30")).toBe("week 1 van 2025");
  });
});

describe("the texts pages carry for scripts", () => {
  it("are the catalogue's, with the levels only where they are shown otherwise", () => {
    const en = searchBoxTexts(messagesFor("en"));
    expect(en.count).toEqual({ one: "{count} result", other: "{count} results" });
    expect(en.levels).toBeUndefined();
    const nl = searchDialogTexts(messagesFor("nl"));
    expect(nl.locale).toBe("nl");
    expect(nl.close).toBe("Sluiten");
    expect(nl.levels).toEqual({ Intermediate: "Gevorderd", Advanced: "Expert" });
  });
});
