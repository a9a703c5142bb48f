import { describe, expect, it } from "vitest";
import { buildShardTree, FANOUT, lastAtOrBefore, ShardTreeReader } from "../../src/search/shardTree.ts";

/** A tree of `count` rows "k000001"… of `bytes` each, and a reader over its files that counts fetches. */
function tree(keys: string[], bytes = 100, leafBytes = 1000) {
  const built = buildShardTree(
    keys,
    (key) => key,
    () => bytes,
    (rows) => rows,
    leafBytes,
  );
  const fetched: string[] = [];
  const reader = new ShardTreeReader<string[]>(built.root, "t/", async (path) => {
    fetched.push(path);
    const text = built.files.get(path.slice(2));
    if (text === undefined) throw new Error(`no ${path}`);
    return JSON.parse(text);
  });
  return { ...built, reader, fetched };
}

const keys = (count: number) => Array.from({ length: count }, (_, index) => `k${String(index).padStart(6, "0")}`);

describe("the shard tree", () => {
  it("sorts the rows and cuts them into leaves within the budget", () => {
    const { files, root } = tree(keys(95).reverse());
    const leaves = [...files].filter(([file]) => file.startsWith("p0-"));
    expect(root.leaves).toBe(10);
    expect(leaves).toHaveLength(10);
    const rows = leaves.flatMap(([, text]) => JSON.parse(text) as string[]);
    expect(rows).toEqual(keys(95));
    for (const [, text] of leaves) expect((JSON.parse(text) as string[]).length).toBeLessThanOrEqual(10);
  });

  it("keeps the rows of one key in one leaf, even past the budget", () => {
    const { files } = tree(["a", "b", ...Array(30).fill("c"), "d"]);
    const holding = [...files.values()].filter((text) => text.includes('"c"'));
    expect(holding).toHaveLength(1);
    expect(JSON.parse(holding[0] ?? "[]").filter((key: string) => key === "c")).toHaveLength(30);
  });

  it("finds the leaf of any key, reading one page per level, each page once", async () => {
    const many = keys(FANOUT * FANOUT * 3);
    const { reader, root, fetched } = tree(many, 100, 100);
    expect(root.depth).toBe(3);
    expect(root.keys.length).toBeLessThanOrEqual(FANOUT);
    for (const key of ["k000000", "k004097", "k012287", "k000000x"]) {
      const { leaf } = await reader.leafFor(key);
      expect(leaf).toContain(key.slice(0, 7));
    }
    const before = fetched.length;
    await reader.leafFor("k004097");
    expect(fetched.length).toBe(before);
    const { leaf } = await reader.leafFor("a");
    expect(leaf).toEqual(["k000000"]);
    expect(await reader.leaf(root.leaves)).toBeUndefined();
  });

  it("builds a valid tree of no rows", async () => {
    const { reader, root } = tree([]);
    expect(root).toEqual({ depth: 1, keys: [""], leaves: 1 });
    expect((await reader.leafFor("x")).leaf).toEqual([]);
  });

  it("grows by one level, not by the rows: 64 times the rows, one file more per lookup", async () => {
    const small = tree(keys(FANOUT * 10), 100, 100);
    const large = tree(keys(FANOUT * 10 * FANOUT), 100, 100);
    await small.reader.leafFor("k000100");
    await large.reader.leafFor("k000100");
    expect(large.fetched.length - small.fetched.length).toBe(1);
  });
});

describe("lastAtOrBefore", () => {
  it("finds the last key at or before a key, and 0 before all", () => {
    expect(lastAtOrBefore(["b", "d", "f"], "a")).toBe(0);
    expect(lastAtOrBefore(["b", "d", "f"], "d")).toBe(1);
    expect(lastAtOrBefore(["b", "d", "f"], "e")).toBe(1);
    expect(lastAtOrBefore(["b", "d", "f"], "z")).toBe(2);
  });
});
