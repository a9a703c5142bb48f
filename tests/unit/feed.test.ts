import { describe, expect, it } from "vitest";
import { newestTerms } from "../../src/core/publish/feed.ts";

const term = (title: string, published: string) => ({ title, published });

describe("newestTerms", () => {
  it("puts the newest first, a day's entries in the site's alphabetical order, and keeps at most `count`", () => {
    const terms = [term("beta", "2026-01-02"), term("Zeta", "2026-03-01"), term("Ångström", "2026-03-01")];
    expect(newestTerms(terms).map((t) => t.title)).toEqual(["Ångström", "Zeta", "beta"]);
    expect(newestTerms(terms, "sv").map((t) => t.title)).toEqual(["Zeta", "Ångström", "beta"]);
    expect(newestTerms(terms, "en", 1).map((t) => t.title)).toEqual(["Ångström"]);
  });
});
