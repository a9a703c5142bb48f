import { describe, expect, it } from "vitest";
import { basePath, editUrl, entryHeading, siteSettingsSchema } from "../../src/core/checks/site.ts";

const settings = (input: Record<string, unknown>) => siteSettingsSchema.parse(input);

describe("site settings", () => {
  it("fills every default", () => {
    expect(settings({})).toMatchObject({ title: "Glossary", language: "en", headingStyle: "question", branch: "main" });
  });

  it("rejects unknown keys and non-http URLs", () => {
    expect(siteSettingsSchema.safeParse({ colour: "red" }).success).toBe(false);
    expect(siteSettingsSchema.safeParse({ url: "ftp://example.org/" }).success).toBe(false);
    expect(siteSettingsSchema.safeParse({ headingStyle: "shout" }).success).toBe(false);
  });

  it("derives the base path from the site URL", () => {
    expect(basePath({ url: "https://example.org/" })).toBe("");
    expect(basePath({ url: "https://example.org/glossary/" })).toBe("/glossary");
    expect(basePath({ url: "https://example.org/a/b" })).toBe("/a/b");
  });

  it("builds edit links only when a repository is set", () => {
    expect(editUrl(settings({}), "terms/a.md")).toBeUndefined();
    const withRepository = settings({ repository: "https://github.com/acme/glossary/", branch: "trunk" });
    expect(editUrl(withRepository, "terms/a.md")).toBe(
      "https://github.com/acme/glossary/edit/trunk/content/terms/a.md",
    );
    expect(editUrl({ ...withRepository, contentPath: "" }, "terms/a.md")).toBe(
      "https://github.com/acme/glossary/edit/trunk/terms/a.md",
    );
  });

  it("writes the heading as a question or as the bare term", () => {
    expect(entryHeading(settings({}), "Deep Learning")).toBe("What is Deep Learning?");
    expect(entryHeading(settings({ headingStyle: "term" }), "Deep Learning")).toBe("Deep Learning");
  });
});
