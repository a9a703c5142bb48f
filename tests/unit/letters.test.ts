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
  ])("files %s under %s", (title, letter) => {
    expect(letterOf(title)).toBe(letter);
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
