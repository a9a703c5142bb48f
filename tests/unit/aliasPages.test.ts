import { describe, expect, it } from "vitest";
import { AliasTemplate, AliasTemplateError, aliasPagePlaceholders } from "../../src/core/publish/aliasPages.ts";

const P = aliasPagePlaceholders();

const html = `<title>${P.fullTitle}</title><meta name="description" content="“${P.alias}” is another name for ${P.targetTitle}."><meta http-equiv="refresh" content="0; url=/terms/${P.slug}/"><h1>${P.alias}</h1>`;

const page = {
  file: "terms/b1/index.html",
  alias: "B1",
  fullTitle: "B1 · Glossary",
  slug: "batch-11",
  targetTitle: "Batch 11",
};

describe("alias pages from one template", () => {
  it("put each alias's texts in the placeholders' places, every time each occurs", () => {
    expect(new AliasTemplate(html, P).page(page)).toBe(
      '<title>B1 · Glossary</title><meta name="description" content="“B1” is another name for Batch 11."><meta http-equiv="refresh" content="0; url=/terms/batch-11/"><h1>B1</h1>',
    );
  });

  it("escape markup and quotes, in text and attributes alike", () => {
    const text = new AliasTemplate(html, P).page({
      ...page,
      alias: `<img src=x onerror="a('1')">&`,
      targetTitle: "R&D",
    });
    expect(text).toContain("<h1>&lt;img src=x onerror=&quot;a(&apos;1&apos;)&quot;&gt;&amp;</h1>");
    expect(text).toContain(
      'content="“&lt;img src=x onerror=&quot;a(&apos;1&apos;)&quot;&gt;&amp;” is another name for R&amp;D."',
    );
    expect(text).not.toContain("<img");
  });

  it("leave a text that spells a placeholder as it is written", () => {
    const text = new AliasTemplate(html, P).page({ ...page, alias: P.targetTitle, targetTitle: P.slug });
    expect(text).toContain(`<h1>${P.targetTitle}</h1>`);
    expect(text).toContain(`another name for ${P.slug}.`);
    expect(text).toContain("url=/terms/batch-11/");
  });

  it("have placeholders of plain lowercase letters, new for every build, so no site setting can spell them", () => {
    const other = aliasPagePlaceholders();
    for (const field of ["alias", "fullTitle", "slug", "targetTitle"] as const) {
      expect(P[field]).toMatch(/^[a-z]{16,}$/);
      expect(other[field]).not.toBe(P[field]);
    }
    expect(new Set(Object.values(P)).size).toBe(4);
    expect(aliasPagePlaceholders(new Uint8Array(12))).toEqual(aliasPagePlaceholders(new Uint8Array(12)));
  });

  it("are refused from a template that lost a placeholder, or was rendered with others, naming what is missing", () => {
    const lost = html.replaceAll(P.slug, "x");
    expect(() => new AliasTemplate(lost, P)).toThrow(AliasTemplateError);
    expect(() => new AliasTemplate(lost, P)).toThrow(/placeholders for slug$/);
    expect(() => new AliasTemplate(html, aliasPagePlaceholders())).toThrow(
      /placeholders for alias, fullTitle, slug, targetTitle$/,
    );
  });
});
