import { describe, expect, it } from "vitest";
import {
  decodeNearRows,
  encodeNearRows,
  NAME_LEAF_BYTES,
  type NamedTerm,
  nameIndexFiles,
} from "../../src/search/nameIndex.ts";
import { NameIndexReader } from "../../src/search/nameLookup.ts";

/** A reader over an index in memory, counting the files and bytes it fetched. */
function readerOf(files: Map<string, string>) {
  const stats = { files: 0, bytes: 0 };
  const reader = new NameIndexReader(async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`no file ${path}`);
    stats.files++;
    stats.bytes += text.length;
    return JSON.parse(text);
  });
  return { reader, stats };
}

const term = (title: string, aliases: string[] = [], more: Partial<NamedTerm> = {}): NamedTerm => ({
  slug: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
  title,
  aliases,
  definition: `What ${title} means.`,
  category: "Basics",
  level: "Beginner",
  ...more,
});

const WORDS = ["action", "agent", "prior", "matrix", "learning", "model", "signal", "vector", "kernel", "layer"];

/** `count` terms named from a few shared words, like a real glossary's: "Agent prior matrix 12", with aliases. */
function wordGlossary(count: number): NamedTerm[] {
  return Array.from({ length: count }, (_, index) => {
    const words = [0, 1, 2].map((step) => WORDS[(index * (step + 3) + step * 7) % WORDS.length]);
    const title = `${words.join(" ")} ${index}`.replace(/^./, (first) => first.toUpperCase());
    return term(title, [`${words[0]} ${index}`, `${title} method`], {
      category: `Category ${index % 5}`,
      level: ["Beginner", "Intermediate", "Advanced"][index % 3] ?? "Beginner",
    });
  });
}

const SMALL = [
  term("Learning", ["Learning (ML)"]),
  term("Learning rate", ["LR", "step size"]),
  term("Deep learning", ["DL", "learning deep"]),
  term("Ångström"),
  term("Transformer"),
  term("Equinox", [], { level: "Advanced", category: "Astronomy" }),
  term("Kernel trick", ["kernel method"]),
];

describe("the name index", () => {
  const { reader } = readerOf(nameIndexFiles(SMALL));

  it("lists the exact title first, even when other names start with it", async () => {
    const hits = await reader.find("learning");
    expect(hits.map((hit) => [hit.title, hit.match])).toEqual([
      ["Learning", "title"],
      ["Learning rate", "prefix"],
      ["Deep learning", "prefix"],
    ]);
    expect(hits[0]?.definition).toBe("What Learning means.");
  });

  it("lists a term first by its alias, naming the alias, in any case and with accents ignored", async () => {
    expect((await reader.find("lr"))[0]).toMatchObject({ title: "Learning rate", match: "alias", name: "LR" });
    expect((await reader.find("ANGSTROM"))[0]?.title).toBe("Ångström");
    expect((await reader.find("kernel-method"))[0]?.title).toBe("Kernel trick");
  });

  it.each([
    ["tranformer", "Transformer"],
    ["Equnox", "Equinox"],
    ["Equinoxx", "Equinox"],
    ["Eqiunox", "Equinox"],
    ["Equimox", "Equinox"],
    ["kernal trick", "Kernel trick"],
  ])("forgives one mistake when asked: %s finds %s", async (query, title) => {
    expect(await reader.find(query)).toEqual([]);
    const hits = await reader.find(query, { typos: true });
    expect(hits[0]).toMatchObject({ title, match: "typo" });
  });

  it("offers the closest names for a query with two mistakes", async () => {
    expect((await reader.suggest("Eqinoxx")).map((hit) => hit.title)).toEqual(["Equinox"]);
    expect(await reader.suggest("zzzzzzzzzz")).toEqual([]);
  });

  it("applies the category and level filters", async () => {
    expect(await reader.find("equinox", { filters: { level: "Beginner" } })).toEqual([]);
    expect((await reader.find("equinox", { filters: { level: "Advanced", category: "Astronomy" } }))[0]?.title).toBe(
      "Equinox",
    );
    await reader.ready();
    expect(reader.categories).toEqual(["Astronomy", "Basics"]);
    expect(reader.levels).toEqual(["Beginner", "Advanced"]);
  });

  it("gives a term's definition by slug, for previews", async () => {
    expect((await reader.term("kernel-trick"))?.definition).toBe("What Kernel trick means.");
    expect(await reader.term("no-such-term")).toBeUndefined();
  });

  it("answers nothing for an empty query, and works for an empty glossary", async () => {
    expect(await reader.find("  ")).toEqual([]);
    const empty = readerOf(nameIndexFiles([])).reader;
    expect(await empty.find("anything", { typos: true })).toEqual([]);
    expect(await empty.suggest("anything")).toEqual([]);
    expect(await empty.term("x")).toBeUndefined();
  });

  it("answers a pasted paragraph with a handful of files, not a lookup per character", async () => {
    const { reader: fresh, stats } = readerOf(nameIndexFiles(wordGlossary(2000)));
    const paragraph = "agent prior matrix ".repeat(500);
    expect(await fresh.find(paragraph, { typos: true })).toEqual([]);
    expect(await fresh.suggest(paragraph)).toEqual([]);
    expect(stats.files).toBeLessThanOrEqual(6);
  });

  it("keeps names outside the Basic Multilingual Plane whole", async () => {
    const { reader: math } = readerOf(nameIndexFiles([term("𝔸lgebra map")]));
    expect((await math.find("𝔸lgebra"))[0]?.title).toBe("𝔸lgebra map");
    expect((await math.find("𝔸lgbra map", { typos: true }))[0]?.title).toBe("𝔸lgebra map");
  });

  it("refuses an index of another version", async () => {
    const files = nameIndexFiles(SMALL);
    files.set("index.json", JSON.stringify({ ...JSON.parse(files.get("index.json") ?? "{}"), version: 99 }));
    await expect(readerOf(files).reader.find("learning")).rejects.toThrow(/version 99/);
  });
});

describe("the name index of a glossary whose names share words", () => {
  const glossary = wordGlossary(4000);
  const files = nameIndexFiles(glossary);

  it("lists every sampled title and alias first", async () => {
    const { reader } = readerOf(files);
    for (const entry of glossary.filter((_, index) => index % 40 === 0)) {
      expect((await reader.find(entry.title))[0]?.slug, entry.title).toBe(entry.slug);
      for (const alias of entry.aliases) expect((await reader.find(alias))[0]?.slug, alias).toBe(entry.slug);
    }
  });

  it("finds titles with one mistake of every kind in the first three", async () => {
    const { reader } = readerOf(files);
    const mistakes = [
      (title: string, at: number) => title.slice(0, at) + title.slice(at + 1),
      (title: string, at: number) => `${title.slice(0, at)}x${title.slice(at)}`,
      (title: string, at: number) => title.slice(0, at) + title[at + 1] + title[at] + title.slice(at + 2),
      (title: string, at: number) => `${title.slice(0, at)}q${title.slice(at + 1)}`,
    ];
    let found = 0;
    const sample = glossary.filter((_, index) => index % 50 === 0);
    for (const [index, entry] of sample.entries()) {
      // In the words: a mistake in "… 1100" makes "… 1010" or "… 110", other titles of this glossary.
      const words = entry.title.replace(/ \d+$/, "").length;
      const query = mistakes[index % 4]?.(entry.title, 2 + (index % (words - 3))) ?? "";
      const hits = await reader.find(query, { typos: true });
      if (hits.slice(0, 3).some((hit) => hit.slug === entry.slug)) found++;
    }
    expect(found / sample.length).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps every file near the leaf budget", () => {
    for (const [path, text] of files) {
      if (path === "index.json") continue;
      expect(text.length, path).toBeLessThan(NAME_LEAF_BYTES * 2);
    }
  });

  it("fetches a few kB for a first lookup, and one file more at ten times the glossary", async () => {
    const small = readerOf(nameIndexFiles(wordGlossary(2000)));
    const large = readerOf(nameIndexFiles(wordGlossary(20_000)));
    await small.reader.find("Agent prior");
    await large.reader.find("Agent prior");
    expect(small.stats.bytes).toBeLessThan(20_000);
    expect(large.stats.bytes).toBeLessThan(20_000);
    expect(large.stats.files - small.stats.files).toBeLessThanOrEqual(1);
  });

  it("writes an index in proportion to the glossary: twice the terms, about twice the bytes and files", () => {
    const size = (count: number) => {
      const built = nameIndexFiles(wordGlossary(count));
      return { files: built.size, bytes: [...built.values()].reduce((sum, text) => sum + text.length, 0) };
    };
    const single = size(3000);
    const double = size(6000);
    expect(double.bytes / single.bytes).toBeGreaterThan(1.8);
    expect(double.bytes / single.bytes).toBeLessThan(2.3);
    expect(double.files / single.files).toBeLessThan(2.3);
  });
});

describe("front-coded typo rows", () => {
  it("give back the rows they were made from", () => {
    const rows: [string, string][] = [
      ["kernl", "kernel"],
      ["kernl", "kernal"],
      ["kerne", "kernel"],
      ["𝔸lgbra", "𝔸lgebra"],
    ];
    rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const lines = encodeNearRows(rows);
    expect(decodeNearRows(lines)).toEqual(rows);
    expect(lines[1]?.[0]).toBeGreaterThan(0);
  });
});

describe("a translated language's name index", () => {
  it("marks the hits whose page is in another language, and only those", async () => {
    const files = nameIndexFiles([
      term("Diep leren", ["Deep learning"], { slug: "deep-learning" }),
      term("Epoch", [], { slug: "epoch", language: "en" }),
    ]);
    const { reader } = readerOf(files);
    const [own] = await reader.find("deep learning");
    expect(own).toMatchObject({ slug: "deep-learning", title: "Diep leren", match: "alias" });
    expect(own?.language).toBeUndefined();
    const [other] = await reader.find("epoch");
    expect(other).toMatchObject({ slug: "epoch", language: "en" });
    expect((await reader.term("epoch"))?.language).toBe("en");
  });
});
