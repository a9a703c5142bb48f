import { describe, expect, it } from "vitest";
import { neighbours } from "../../src/core/navigation.ts";

const sorted = [{ slug: "a" }, { slug: "b" }, { slug: "c" }];

describe("neighbours", () => {
  it("gives the first entry no previous", () => {
    expect(neighbours(sorted, "a")).toEqual({ next: { slug: "b" } });
  });

  it("gives the last entry no next", () => {
    expect(neighbours(sorted, "c")).toEqual({ previous: { slug: "b" } });
  });

  it("gives a middle entry both", () => {
    expect(neighbours(sorted, "b")).toEqual({ previous: { slug: "a" }, next: { slug: "c" } });
  });

  it("gives a lone entry neither, and an unknown slug nothing", () => {
    expect(neighbours([{ slug: "x" }], "x")).toEqual({});
    expect(neighbours(sorted, "zzz")).toEqual({});
  });
});
