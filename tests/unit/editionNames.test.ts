import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/core/content/entry.ts";
import type { Edition } from "../../src/core/content/translations.ts";
import { editionNames } from "../../src/core/graph/editionNames.ts";

/** An entry (or a translation merged with its entry) with just the fields names need. */
function entry(slug: string, title: string, aliases: string[] = [], draft = false, file = `terms/${slug}.md`): Entry {
  return {
    slug,
    file,
    body: "",
    bodyLine: 1,
    source: { value: {}, errors: [], locate: () => ({ line: 1, column: 1 }) },
    data: {
      title,
      description: `About ${title}.`,
      category: "basics",
      level: "beginner",
      published: "2026-01-01",
      aliases,
      ambiguous: [],
      related: [],
      sources: [],
      draft,
      linkMentions: true,
    },
  };
}

function edition(language: string, entries: Entry[]): Edition {
  return {
    language,
    entries,
    files: entries.map((entry) => entry.file),
    links: new Map(),
    categories: [],
    untranslatedCategories: [],
  };
}

const ENTRIES = [
  entry("deep-learning", "Deep Learning", ["DL"]),
  entry("gpu", "GPU", ["graphics processing unit"]),
  entry("epoch", "Epoch"),
  entry("secret", "Secret", [], true),
];
const DUTCH = edition("nl", [
  entry("deep-learning", "Deep Learning", ["diep leren", "DL"], false, "nl/terms/deep-learning.md"),
  entry("gpu", "Grafische processor", ["GPU"], false, "nl/terms/gpu.md"),
  entry("epoch", "Epoche", [], true, "nl/terms/epoch.md"),
]);

describe("the names of each language", () => {
  it("knows a translated entry by its translated title first, then its translated and default names", () => {
    const names = editionNames(ENTRIES, [DUTCH], DUTCH);
    expect(names.find((named) => named.slug === "gpu")).toEqual({
      slug: "gpu",
      title: "Grafische processor",
      aliases: ["GPU", "graphics processing unit"],
    });
  });

  it("keeps one spelling of a name the languages share, and never the title as its own alias", () => {
    const named = editionNames(ENTRIES, [DUTCH], DUTCH).find((name) => name.slug === "deep-learning");
    expect(named).toEqual({ slug: "deep-learning", title: "Deep Learning", aliases: ["diep leren", "DL"] });
  });

  it("gives the site's own language the translations' names as aliases, so Dutch names find English pages", () => {
    const named = editionNames(ENTRIES, [DUTCH], undefined).find((name) => name.slug === "gpu");
    expect(named).toEqual({ slug: "gpu", title: "GPU", aliases: ["graphics processing unit", "Grafische processor"] });
  });

  it("knows an untranslated entry, or one whose translation is a draft, by its own names; drafts have none", () => {
    const names = editionNames(ENTRIES, [DUTCH], DUTCH);
    expect(names.find((named) => named.slug === "epoch")).toEqual({ slug: "epoch", title: "Epoch", aliases: [] });
    expect(names.map((named) => named.slug)).not.toContain("secret");
    expect(editionNames(ENTRIES, [DUTCH], undefined).find((named) => named.slug === "epoch")?.aliases).toEqual([]);
  });
});
