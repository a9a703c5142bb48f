import { describe, expect, it } from "vitest";
import { categoryPath, joinBase, letterAnchor, rebaseLink, termPath } from "../../src/core/publish/paths.ts";

describe("paths", () => {
  it("builds site-relative paths with trailing slashes", () => {
    expect(termPath("deep-learning")).toBe("terms/deep-learning/");
    expect(categoryPath("training")).toBe("categories/training/");
  });

  it("joins a base with or without trailing slash", () => {
    expect(joinBase("/", "terms/x/")).toBe("/terms/x/");
    expect(joinBase("/glossary", "terms/x/")).toBe("/glossary/terms/x/");
    expect(joinBase("/glossary/", "/terms/x/")).toBe("/glossary/terms/x/");
  });

  it("names letter anchors, with # as other", () => {
    expect(letterAnchor("A")).toBe("letter-a");
    expect(letterAnchor("#")).toBe("letter-other");
  });
});

describe("rebaseLink", () => {
  it("prefixes root-relative links with the base", () => {
    expect(rebaseLink("/glossary", "/terms/x/")).toBe("/glossary/terms/x/");
    expect(rebaseLink("/glossary/", "/terms/x/#how")).toBe("/glossary/terms/x/#how");
  });

  it("leaves links alone at the domain root, already based, external, relative, protocol-relative or fragments", () => {
    expect(rebaseLink("/", "/terms/x/")).toBe("/terms/x/");
    expect(rebaseLink("/glossary", "/glossary/terms/x/")).toBe("/glossary/terms/x/");
    expect(rebaseLink("/glossary", "https://example.org/")).toBe("https://example.org/");
    expect(rebaseLink("/glossary", "../x/")).toBe("../x/");
    expect(rebaseLink("/glossary", "//cdn.example/x")).toBe("//cdn.example/x");
    expect(rebaseLink("/glossary", "#top")).toBe("#top");
  });
});
