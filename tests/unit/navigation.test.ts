import { describe, expect, it } from "vitest";
import { neighboursAt } from "../../src/core/graph/navigation.ts";

const sorted = [{ slug: "a" }, { slug: "b" }, { slug: "c" }];

describe("neighboursAt", () => {
  it("gives the first entry no previous", () => {
    expect(neighboursAt(sorted, 0)).toEqual({ next: { slug: "b" } });
  });

  it("gives the last entry no next", () => {
    expect(neighboursAt(sorted, 2)).toEqual({ previous: { slug: "b" } });
  });

  it("gives a middle entry both", () => {
    expect(neighboursAt(sorted, 1)).toEqual({ previous: { slug: "a" }, next: { slug: "c" } });
  });

  it("gives a lone entry neither, and a position outside the list nothing", () => {
    expect(neighboursAt([{ slug: "x" }], 0)).toEqual({});
    expect(neighboursAt(sorted, 3)).toEqual({});
    expect(neighboursAt(sorted, -1)).toEqual({});
  });
});
