import { describe, expect, it } from "vitest";
import { isValidSlug, slugify } from "../../src/core/content/slug.ts";

describe("isValidSlug", () => {
  it.each(["deep-learning", "k-means", "2-gram", "gpu", "a1-b2"])("accepts %s", (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  it.each(["Deep-Learning", "deep_learning", "deep--learning", "-deep", "deep-", "deep learning", "", "ångström"])(
    "rejects %j",
    (slug) => {
      expect(isValidSlug(slug)).toBe(false);
    },
  );
});

describe("slugify", () => {
  it.each([
    ["Deep Learning", "deep-learning"],
    ["Ångström", "angstrom"],
    ["k-means", "k-means"],
    ["Retrieval-Augmented Generation (RAG)", "retrieval-augmented-generation-rag"],
    ["  C++ & Rust!  ", "c-rust"],
  ])("turns %j into %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(isValidSlug(slugify(name))).toBe(true);
  });
});
