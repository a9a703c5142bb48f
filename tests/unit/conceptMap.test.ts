import { describe, expect, it } from "vitest";
import { conceptMap, MAP_NEIGHBOURS, type MapBox, mapLines } from "../../src/core/graph/conceptMap.ts";

const term = (slug: string, title = slug) => ({ slug, title });
const many = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => term(`${prefix}-${i}`));

/** Whether two boxes overlap. */
function overlap(a: MapBox, b: MapBox): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe("conceptMap", () => {
  it("has no map for an entry without neighbours", () => {
    expect(conceptMap(term("a"), [], [])).toBeUndefined();
    expect(conceptMap(term("a"), [term("a")], [])).toBeUndefined();
  });

  it("tells related entries from those that refer to it, and both", () => {
    const map = conceptMap(term("a"), [term("b"), term("c")], [term("c"), term("d")]);
    expect(map?.neighbours.map((n) => [n.term.slug, n.tie])).toEqual([
      ["b", "related"],
      ["c", "both"],
      ["d", "referenced-by"],
    ]);
    expect(map?.more).toBe(0);
  });

  it("shows at most MAP_NEIGHBOURS and counts the rest, the referring ones beyond the list included", () => {
    const map = conceptMap(term("a"), many(6, "r"), many(5, "x"), 12);
    expect(map?.neighbours).toHaveLength(MAP_NEIGHBOURS);
    expect(map?.more).toBe(6 + 12 - MAP_NEIGHBOURS);
  });

  it("keeps every box inside the picture and apart from the others, at every number of neighbours", () => {
    for (let count = 1; count <= MAP_NEIGHBOURS; count++) {
      const map = conceptMap(
        term("a", "A long centre title of four words"),
        many(count, "neighbour-with-a-long-name"),
        [],
      );
      if (!map) throw new Error("no map");
      const boxes = [map.centre, ...map.neighbours];
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.left + box.width).toBeLessThanOrEqual(map.width);
        expect(box.top + box.height).toBeLessThanOrEqual(map.height);
      }
      for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
  });

  it("gives the same whole numbers for the same content", () => {
    const make = () => conceptMap(term("a"), many(7, "r"), many(3, "x"));
    expect(JSON.stringify(make())).toBe(JSON.stringify(make()));
    const map = make();
    const numbers = [map?.centre, ...(map?.neighbours ?? [])].flatMap((box) =>
      box ? [box.x, box.y, box.left, box.top, box.textY] : [],
    );
    expect(numbers.length).toBe(5 * (1 + MAP_NEIGHBOURS));
    for (const number of numbers) expect(Number.isInteger(number)).toBe(true);
  });
});

describe("mapLines", () => {
  it("breaks a title into at most two lines, cutting the rest with an ellipsis", () => {
    expect(mapLines("Deep learning")).toEqual(["Deep learning"]);
    expect(mapLines("Infrastructure as a Service (IaaS)")).toEqual(["Infrastructure", "as a Service (I…"]);
    expect(mapLines("Retrieval-augmented generation for question answering")).toEqual([
      "Retrieval-augme…",
      "generation for…",
    ]);
    for (const line of mapLines("a".repeat(60))) expect(line.length).toBeLessThanOrEqual(16);
  });
});
