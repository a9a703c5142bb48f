import { describe, expect, it } from "vitest";
import { aliasPageKey, aliasRedirects } from "../../src/core/graph/aliases.ts";

const entries = [{ slug: "gamma", title: "Gamma", aliases: ["Gee", "gamma", "GEE"] }];

describe("alias redirects", () => {
  it("give each alias with an address of its own one redirect to its entry", () => {
    expect(aliasRedirects(entries).map(({ slug, alias }) => [slug, alias])).toEqual([["gee", "Gee"]]);
  });

  it("are built again when what they show changes: the entry's address or title, or the site", () => {
    const [redirect] = aliasRedirects(entries);
    if (!redirect) throw new Error("no redirect");
    const settings = { title: "First Title", url: "https://example.org/one/" };
    const key = aliasPageKey(redirect, settings);
    expect(aliasPageKey(redirect, { ...settings })).toBe(key);
    expect(aliasPageKey({ ...redirect, target: { ...redirect.target, slug: "gamma-two" } }, settings)).not.toBe(key);
    expect(aliasPageKey({ ...redirect, target: { ...redirect.target, title: "Gamma Two" } }, settings)).not.toBe(key);
    expect(aliasPageKey(redirect, { ...settings, title: "Second Title" })).not.toBe(key);
  });
});
