import { describe, expect, it } from "vitest";
import { convertBody, firstSentence, linkSlug } from "../../scripts/lib/import/body.ts";
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
      new Set(["cache"]),
    );
    expect(out.body).toBe("See [cache](/terms/cache/) and this.\n");
    expect(firstSentence("A **bold** [word](x). More.")).toBe("A bold word.");
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
