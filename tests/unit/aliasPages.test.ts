import { describe, expect, it } from "vitest";
import {
  AliasTemplateError,
  aliasPageHtml,
  checkAliasTemplate,
  ALIAS_PAGE_PLACEHOLDERS as P,
} from "../../src/core/publish/aliasPages.ts";

const template = `<title>${P.fullTitle}</title><meta name="description" content="“${P.alias}” is another name for ${P.targetTitle}."><meta http-equiv="refresh" content="0; url=/terms/${P.slug}/"><h1>${P.alias}</h1>`;

const page = {
  file: "terms/b1/index.html",
  alias: "B1",
  fullTitle: "B1 · Glossary",
  slug: "batch-11",
  targetTitle: "Batch 11",
};

describe("alias pages from one template", () => {
  it("put each alias's texts in the placeholders' places, every time each occurs", () => {
    expect(aliasPageHtml(template, page)).toBe(
      '<title>B1 · Glossary</title><meta name="description" content="“B1” is another name for Batch 11."><meta http-equiv="refresh" content="0; url=/terms/batch-11/"><h1>B1</h1>',
    );
  });

  it("escape markup and quotes, in text and attributes alike", () => {
    const html = aliasPageHtml(template, { ...page, alias: `<img src=x onerror="a('1')">&`, targetTitle: "R&D" });
    expect(html).toContain("<h1>&lt;img src=x onerror=&quot;a(&apos;1&apos;)&quot;&gt;&amp;</h1>");
    expect(html).toContain(
      'content="“&lt;img src=x onerror=&quot;a(&apos;1&apos;)&quot;&gt;&amp;” is another name for R&amp;D."',
    );
    expect(html).not.toContain("<img");
  });

  it("leave a text that spells a placeholder as it is written", () => {
    const html = aliasPageHtml(template, { ...page, alias: P.targetTitle, targetTitle: P.slug });
    expect(html).toContain(`<h1>${P.targetTitle}</h1>`);
    expect(html).toContain(`another name for ${P.slug}.`);
    expect(html).toContain("url=/terms/batch-11/");
  });

  it("are refused from a template that lost a placeholder, naming it", () => {
    expect(() => checkAliasTemplate(template)).not.toThrow();
    const lost = template.replaceAll(P.slug, "x");
    expect(() => checkAliasTemplate(lost)).toThrow(AliasTemplateError);
    expect(() => checkAliasTemplate(lost)).toThrow(/placeholders for slug$/);
  });
});
