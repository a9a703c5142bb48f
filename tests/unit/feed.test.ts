import { describe, expect, it } from "vitest";
import { newestTerms } from "../../src/core/publish/feed.ts";
import { escapeXml } from "../../src/core/publish/xml.ts";

const term = (title: string, published: string) => ({ title, published });

describe("newestTerms", () => {
  it("puts the newest first, a day's entries in the site's alphabetical order, and keeps at most `count`", () => {
    const terms = [term("beta", "2026-01-02"), term("Zeta", "2026-03-01"), term("Ångström", "2026-03-01")];
    expect(newestTerms(terms).map((t) => t.title)).toEqual(["Ångström", "Zeta", "beta"]);
    expect(newestTerms(terms, "sv").map((t) => t.title)).toEqual(["Zeta", "Ångström", "beta"]);
    expect(newestTerms(terms, "en", 1).map((t) => t.title)).toEqual(["Ångström"]);
  });
});

describe("escapeXml", () => {
  it("escapes markup and leaves out what XML cannot hold, so the feed always parses", () => {
    expect(escapeXml(`<b>"Tom" & 'Jerry'</b>`)).toBe("&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;");
    expect(escapeXml("Ctl\u0008x\u0001\u000b\uFFFE\u0000 ok\ttab\nline")).toBe("Ctlx ok\ttab\nline");
  });
});
