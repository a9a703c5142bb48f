import { describe, expect, it } from "vitest";
import { readEntry } from "../../src/core/content/entry.ts";
import { markdownToPlainText } from "../../src/core/content/plainText.ts";
import { searchRecord } from "../../src/search/searchRecord.ts";
import { entryText, VALID_FRONT_MATTER } from "../helpers/entryText.ts";

describe("markdownToPlainText", () => {
  it("keeps the words and drops the markup", () => {
    const text = markdownToPlainText("## Why it *matters*\n\nSee [the `loss`](/terms/loss/).\n\n- one\n- two\n");
    expect(text).toBe("Why it matters\n\nSee the loss.\n\nonetwo");
  });
});

describe("searchRecord", () => {
  it("carries the same metadata and filters as a built term page", () => {
    const { entry } = readEntry(
      "terms/deep-learning.md",
      entryText([...VALID_FRONT_MATTER, "aliases: [DL]"], "## How\n\nLayers.\n"),
    );
    if (!entry) throw new Error("fixture entry is invalid");
    const record = searchRecord(entry, { id: "core-concepts", title: "Core Concepts", description: "x" }, "en");
    expect(record.url).toBe("/terms/deep-learning/");
    expect(record.meta).toEqual({
      title: "Deep Learning",
      definition: entry.data.description,
      category: "Core Concepts",
      level: "Beginner",
      aliases: "DL",
    });
    expect(record.filters).toEqual({ category: ["Core Concepts"], level: ["Beginner"] });
    expect(record.content).toContain("Layers.");
    // The name is the record's title only, so excerpts start with the definition, not with the name.
    expect(record.content.startsWith(entry.data.description)).toBe(true);
    expect(record.language).toBe("en");
  });
});
