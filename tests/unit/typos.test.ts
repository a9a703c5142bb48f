import { describe, expect, it } from "vitest";
import { deletions, editDistance } from "../../src/search/typos.ts";

describe("deletions", () => {
  it("lists each string made by deleting one character, once", () => {
    expect(deletions("abc").sort()).toEqual(["ab", "ac", "bc"]);
    expect(deletions("aab").sort()).toEqual(["aa", "ab"]);
  });

  it("deletes whole characters outside the Basic Multilingual Plane", () => {
    expect(deletions("a𝔸b").sort()).toEqual(["ab", "a𝔸", "𝔸b"]);
  });
});

describe("editDistance", () => {
  it.each([
    ["transformer", "tranformer", 1],
    ["equinox", "equnox", 1],
    ["kernel", "kernal", 1],
    ["kernel", "kenrel", 1],
    ["kernel", "kernels", 1],
    ["kernel", "kernel", 0],
    ["ca", "abc", 3],
  ])("%s and %s are %i apart (swaps count one)", (a, b, distance) => {
    expect(editDistance(a, b, 3)).toBe(distance);
  });

  it("stops at the bound", () => {
    expect(editDistance("kernel", "colonel", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
    expect(editDistance("𝔸x", "x", 1)).toBe(1);
  });
});
