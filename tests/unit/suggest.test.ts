import { describe, expect, it } from "vitest";
import { closestMatch, editDistance } from "../../src/core/checks/suggest.ts";

describe("suggest", () => {
  it("counts edits", () => {
    expect(editDistance("realted", "related")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("suggests the closest candidate only when it is close", () => {
    expect(closestMatch("realted", ["title", "related", "level"])).toBe("related");
    expect(closestMatch("Title", ["title", "level"])).toBe("title");
    expect(closestMatch("zzzzzz", ["title", "related"])).toBeUndefined();
  });
});
