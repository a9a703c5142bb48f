import { describe, expect, it } from "vitest";
import { alternatesOf, sitemapXml } from "../../src/core/publish/sitemap.ts";

describe("the sitemap", () => {
  it("lists no language versions, and no xhtml namespace, for a site in one language", () => {
    const xml = sitemapXml([{ loc: "https://example.org/terms/a/", lastmod: "2026-01-02" }]);
    expect(xml).toContain("<url><loc>https://example.org/terms/a/</loc><lastmod>2026-01-02</lastmod></url>");
    expect(xml).not.toContain("xhtml");
    expect(alternatesOf([{ hreflang: "en", href: "https://example.org/terms/a/" }])).toEqual([]);
  });

  it("lists every language version of an address, itself and x-default (the site's own language) included", () => {
    const alternates = alternatesOf([
      { hreflang: "en", href: "https://example.org/terms/a/" },
      { hreflang: "nl", href: "https://example.org/nl/terms/a/" },
    ]);
    expect(alternates.map((alternate) => alternate.hreflang)).toEqual(["en", "nl", "x-default"]);
    expect(alternates.at(-1)?.href).toBe("https://example.org/terms/a/");
    const xml = sitemapXml([{ loc: "https://example.org/nl/terms/a/", alternates }]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="nl" href="https://example.org/nl/terms/a/"/>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/terms/a/"/>');
  });

  it("escapes addresses in language versions", () => {
    const xml = sitemapXml([
      {
        loc: "https://example.org/?a&b",
        alternates: alternatesOf([
          { hreflang: "en", href: "https://example.org/?a&b" },
          { hreflang: "nl", href: "https://example.org/nl/?a&b" },
        ]),
      },
    ]);
    expect(xml).toContain('href="https://example.org/nl/?a&amp;b"');
    expect(xml).not.toMatch(/\?a&b/);
  });
});
