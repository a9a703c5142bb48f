import { describe, expect, it } from "vitest";
import { convertBody, firstSentence, headingIds, linkSlug, templateTarget } from "../../scripts/lib/import/body.ts";
import { convertFolder, slugOfPath } from "../../scripts/lib/import/convert.ts";
import { mapFrontMatter } from "../../scripts/lib/import/frontMatter.ts";

describe("import mapping", () => {
  it("maps Jekyll keys and drops URL aliases", () => {
    const { fields, notes } = mapFrontMatter({
      title: "Cache",
      categories: ["Storage"],
      aka: ["memo"],
      aliases: ["/c/"],
      date: "2023-05-06 10:00",
      extra: 1,
    });
    expect(fields).toMatchObject({ title: "Cache", category: "storage", aliases: ["memo"], published: "2023-05-06" });
    expect(notes.join("\n")).toContain("kept out: extra");
  });

  it("finds slugs in paths and links", () => {
    expect(slugOfPath("_posts/2024-01-02-rate-limit.md")).toBe("rate-limit");
    expect(slugOfPath("content/terms/api/index.md")).toBe("api");
    expect(linkSlug("./token.md")).toBe("token");
    expect(linkSlug("https://example.org/")).toBeUndefined();
  });

  it("rewrites links, removes MDX lines and takes the first sentence", () => {
    const out = convertBody(
      'import X from "y";\n\n# Token\n\nSee [cache](./cache.mdx) and <Note>this</Note>.',
      "Token",
      { slugs: new Map([["cache", "cache"]]), drafts: new Set(), headings: new Map() },
    );
    expect(out.body).toBe("See [cache](/terms/cache/) and this.\n");
    expect(firstSentence("A **bold** [word](x). More.")).toBe("A bold word.");
  });

  it("reads the template expressions that stand for an address, and no other", () => {
    expect(templateTarget('{{< ref "http" >}}')).toBe("http");
    expect(templateTarget("{{% relref http.md %}}")).toBe("http.md");
    expect(templateTarget("{% link _glossary/cdn.md %}")).toBe("_glossary/cdn.md");
    expect(templateTarget("{% post_url 2024-02-10-cdn %}")).toBe("2024-02-10-cdn");
    expect(templateTarget("{{ site.baseurl }}/glossary/x/")).toBe("/glossary/x/");
    expect(templateTarget("{{ '/glossary/x/' | relative_url }}")).toBe("/glossary/x/");
    expect(templateTarget("{{ page.url }}")).toBeUndefined();
    expect(templateTarget("{% include x.html %}")).toBeUndefined();
  });

  it("rewrites reference links, keeps code, drops anchors no heading has, and unlinks drafts", () => {
    const targets = {
      slugs: new Map([
        ["cache", "cache"],
        ["cdn-file", "cdn"],
        ["draft", "draft"],
      ]),
      drafts: new Set(["draft"]),
      headings: new Map([["cache", headingIds("## How it works\n\n```\n## not a heading\n```\n")]]),
    };
    const out = convertBody(
      [
        "A [cache][c] and [the CDN][] and [gone][g] and [gone] again.",
        "See [how](../cache/#how-it-works), [why](../cache/#why) and [later](./draft.md).",
        "Code: `[x](../cache/)` and `{{ .Title }}`; a tag {{< note >}} goes.",
        "",
        "```",
        "[x](../cache/) {{ kept }}",
        "```",
        "",
        "[c]: ../cache.md",
        "[the CDN]: /glossary/cdn-file/",
        "[g]: ../elsewhere/",
        "[gone]: ../elsewhere/",
      ].join("\n"),
      "Title",
      targets,
    );
    expect(out.body).toBe(
      [
        "A [cache][c] and [the CDN][] and gone and gone again.",
        "See [how](/terms/cache/#how-it-works), [why](/terms/cache/) and later.",
        "Code: `[x](../cache/)` and `{{ .Title }}`; a tag  goes.",
        "",
        "```",
        "[x](../cache/) {{ kept }}",
        "```",
        "",
        "[c]: /terms/cache/",
        "[the CDN]: /terms/cdn/",
        "",
      ].join("\n"),
    );
    expect(out.notes.join("\n")).toContain("`#why` is no heading of cache");
    expect(out.notes.join("\n")).toContain("leads to a draft");
    expect(headingIds("## A\n## A\n")).toEqual(new Set(["a", "a-1"]));
  });

  it("keeps the first of two files with the same slug and skips bad front matter", () => {
    const result = convertFolder(
      [
        { file: "a/x.md", text: "---\ntitle: X\n---\nX is a letter." },
        { file: "b/x.md", text: "---\ntitle: Other\n---\nBody." },
        { file: "c.md", text: "---\ntitle: [\n---\nBody." },
      ],
      "site",
      "2026-01-01",
    );
    expect(result.imported).toBe(1);
    expect(result.notes.join("\n")).toMatch(/b\/x\.md: skipped[\s\S]*c\.md: skipped/);
  });
});
