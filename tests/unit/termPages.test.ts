import { describe, expect, it } from "vitest";
import type { Category } from "../../src/core/checks/schema.ts";
import { type PageTerm, REFERENCED_BY_SHOWN, termPageKey, termPagesOf } from "../../src/core/graph/termPages.ts";

const term = (slug: string, related: string[] = []): PageTerm => ({
  slug,
  title: slug.toUpperCase(),
  description: `About ${slug}.`,
  category: "basics",
  level: "beginner",
  related,
  links: [],
  mentioned: [],
});
const categories = new Map<string, Category>([
  ["basics", { id: "basics", title: "Basics", description: "The basics." }],
]);

/** The pages of a sorted list of terms. */
function pages(terms: PageTerm[]) {
  return termPagesOf(terms, new Map(terms.map((t) => [t.slug, t])), categories);
}

describe("termPagesOf", () => {
  it("gives every term its category, related terms in order, and alphabetical neighbours", () => {
    const [a, b, c] = pages([term("a", ["c", "b"]), term("b"), term("c", ["missing"])]);
    expect(a?.category.title).toBe("Basics");
    expect(a?.related.map((t) => t.slug)).toEqual(["c", "b"]);
    expect([a?.previous, a?.next?.slug]).toEqual([undefined, "b"]);
    expect([b?.previous?.slug, b?.next?.slug]).toEqual(["a", "c"]);
    expect([c?.previous?.slug, c?.next, c?.related]).toEqual(["b", undefined, []]);
  });

  it("lists at most REFERENCED_BY_SHOWN referrers, those that link on purpose first, and counts them all", () => {
    const referrers = Array.from({ length: 150 }, (_, index) => {
      const slug = `r${String(index).padStart(3, "0")}`;
      // Every tenth links on purpose (related or a body link); the rest only mention the target.
      if (index % 20 === 0) return term(slug, ["target"]);
      if (index % 20 === 10) return { ...term(slug), links: ["target"] };
      return { ...term(slug), mentioned: ["target"] };
    });
    const target = pages([...referrers, term("target")]).at(-1);
    expect(target?.referencedByCount).toBe(150);
    expect(target?.referencedBy).toHaveLength(REFERENCED_BY_SHOWN);
    const onPurpose = referrers.filter((_, index) => index % 10 === 0).map((r) => r.slug);
    expect(target?.referencedBy.slice(0, 15).map((t) => t.slug)).toEqual(onPurpose);
    const mentioning = target?.referencedBy.slice(15).map((t) => t.slug) ?? [];
    expect(mentioning).toEqual([...mentioning].sort());
    expect(mentioning.some((slug) => onPurpose.includes(slug))).toBe(false);
  });

  it("fails on an entry whose category is unknown", () => {
    expect(() => pages([{ ...term("a"), category: "nowhere" }])).toThrow("No category nowhere for a");
  });
});

describe("termPageKey", () => {
  const keyOf = (terms: PageTerm[], slug: string, settings: unknown = { title: "G" }) => {
    const page = pages(terms).find((p) => p.term.slug === slug);
    if (!page) throw new Error(slug);
    return termPageKey(page, settings);
  };
  const glossary = [term("a", ["c"]), term("b"), term("c"), term("d"), term("e")];
  const retitle = (slug: string) => glossary.map((t) => (t.slug === slug ? { ...t, title: "Renamed" } : t));

  it("is stable while nothing the page shows changes", () => {
    expect(keyOf(glossary, "a")).toBe(keyOf([...glossary], "a"));
    expect(keyOf(retitle("e"), "a")).toBe(keyOf(glossary, "a"));
  });

  it("changes with the entry, a related card, a neighbour link, or the site settings", () => {
    const before = keyOf(glossary, "a");
    expect(
      keyOf(
        glossary.map((t) => (t.slug === "a" ? { ...t, description: "New." } : t)),
        "a",
      ),
    ).not.toBe(before);
    expect(keyOf(retitle("c"), "a")).not.toBe(before);
    expect(keyOf(retitle("b"), "a")).not.toBe(before);
    expect(keyOf(glossary, "a", { title: "H" })).not.toBe(before);
  });

  it("changes when a neighbour changes because an entry was added between", () => {
    const before = keyOf(glossary, "c");
    const grown = [...glossary.slice(0, 3), term("cc"), ...glossary.slice(3)];
    expect(keyOf(grown, "c")).not.toBe(before);
  });
});
