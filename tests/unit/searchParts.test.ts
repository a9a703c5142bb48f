import { describe, expect, it } from "vitest";
import {
  searchPartCount,
  searchPartFolder,
  searchPartOf,
  searchPartsList,
  splitIntoParts,
} from "../../src/search/searchParts.ts";

const pages = (count: number, prefix = "term") =>
  Array.from({ length: count }, (_, index) => `terms/${prefix}-${index}/index.html`);

describe("searchPartCount", () => {
  it("is one part up to the part size, then one more for each part size begun", () => {
    expect([0, 1, 5000].map((pages) => searchPartCount(pages, 5000))).toEqual([1, 1, 1]);
    expect([5001, 10_000, 10_001, 50_000].map((pages) => searchPartCount(pages, 5000))).toEqual([2, 2, 3, 10]);
  });
});

describe("searchPartFolder and searchPartsList", () => {
  it("put the first part at the bundle's own folder and number the others from 2", () => {
    expect([0, 1, 9].map(searchPartFolder)).toEqual(["", "part-2/", "part-10/"]);
    expect(searchPartsList(1)).toEqual({ parts: [] });
    expect(searchPartsList(3)).toEqual({ parts: ["part-2/", "part-3/"] });
  });
});

describe("searchPartOf and splitIntoParts", () => {
  it("puts every page in exactly one part, the same one each time", () => {
    const paths = pages(1000);
    const split = splitIntoParts(paths, 4);
    expect(split.flat().sort()).toEqual([...paths].sort());
    for (const [index, part] of split.entries()) for (const path of part) expect(searchPartOf(path, 4)).toBe(index);
    expect(splitIntoParts([...paths].reverse(), 4).map((part) => part.sort())).toEqual(
      split.map((part) => part.sort()),
    );
  });

  it("spreads real-shaped names evenly: no part of 10,000 pages over 10 % from its share (random spread is about 3 % a standard deviation at 7 parts)", () => {
    for (const paths of [pages(10_000), pages(10_000, "learning-rate"), pages(10_000, "a")]) {
      for (const count of [2, 3, 7]) {
        const share = paths.length / count;
        for (const part of splitIntoParts(paths, count)) {
          expect(Math.abs(part.length - share) / share).toBeLessThan(0.1);
        }
      }
    }
  });

  it("changes only the part of a page added or removed, while the number of parts stays", () => {
    const before = splitIntoParts(pages(100), 3);
    const after = splitIntoParts([...pages(100), "terms/new-entry/index.html"], 3);
    const changed = after.filter((part, index) => part.join() !== before[index]?.join());
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain("terms/new-entry/index.html");
  });

  it("keeps everything in one part when there is one", () => {
    expect(splitIntoParts(pages(3), 1)).toEqual([pages(3)]);
  });

  it("leaves out a part no page falls in, but keeps the one part of an index without pages", () => {
    const paths = pages(5);
    const split = splitIntoParts(paths, 5);
    expect(split.length).toBeLessThan(5);
    expect(split.every((part) => part.length > 0)).toBe(true);
    expect(split.flat().sort()).toEqual([...paths].sort());
    expect(splitIntoParts([], 1)).toEqual([[]]);
    expect(splitIntoParts([], 3)).toEqual([[]]);
  });
});
