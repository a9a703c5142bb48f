import { describe, expect, it } from "vitest";
import { groupByLetter, INDEX_LETTERS, letterOf } from "../../src/core/graph/letters.ts";

describe("letterOf", () => {
  it.each([
    ["Deep Learning", "D"],
    ["deep learning", "D"],
    ["Ångström", "A"],
    ["Éclair", "E"],
    ["2-gram", "#"],
    ["@mention", "#"],
    ["  spaced", "S"],
    ["Ωmega", "#"],
    ["IJsselmeer", "I"],
    ["ijs", "I"],
    ["ĳs", "I"],
    ["Ĳsland", "I"],
  ])("files %s under %s", (title, letter) => {
    expect(letterOf(title)).toBe(letter);
  });
});

describe("groupByLetter in Dutch", () => {
  it("files every word starting with IJ, the ligature's included, under I, in Dutch order", () => {
    const groups = groupByLetter(
      ["IJsselmeer", "Ierland", "ĳzer", "Jas", "Ĳsland", "Ivoor", "Yoghurt"].map((title) => ({ title })),
      "nl",
    );
    const titles = (letter: string) => groups.find((group) => group.letter === letter)?.items.map((i) => i.title);
    expect(titles("I")).toEqual(["Ierland", "Ĳsland", "IJsselmeer", "ĳzer", "Ivoor"]);
    expect(titles("J")).toEqual(["Jas"]);
    expect(titles("Y")).toEqual(["Yoghurt"]);
  });
});

describe("groupByLetter", () => {
  const groups = groupByLetter([{ title: "beta" }, { title: "Alpha" }, { title: "2-gram" }, { title: "Ångström" }]);

  it("returns every bucket, # first, in order, empty ones included", () => {
    expect(groups.map((group) => group.letter)).toEqual(INDEX_LETTERS);
    expect(groups).toHaveLength(27);
    expect(groups[0]?.letter).toBe("#");
    expect(groups.find((group) => group.letter === "C")?.items).toEqual([]);
  });

  it("sorts each bucket alphabetically", () => {
    expect(groups.find((group) => group.letter === "A")?.items.map((item) => item.title)).toEqual([
      "Alpha",
      "Ångström",
    ]);
    expect(groups.find((group) => group.letter === "#")?.items.map((item) => item.title)).toEqual(["2-gram"]);
  });
});
