import { describe, expect, it } from "vitest";
import { aliasRedirects } from "../../src/core/graph/aliases.ts";

const entries = [{ slug: "gamma", title: "Gamma", aliases: ["Gee", "gamma", "GEE"] }];

describe("alias redirects", () => {
  it("give each alias with an address of its own one redirect to its entry", () => {
    expect(aliasRedirects(entries).map(({ slug, alias }) => [slug, alias])).toEqual([["gee", "Gee"]]);
  });
});
