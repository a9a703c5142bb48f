import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BundleCache, bundleKey } from "../../src/search/bundleCache.ts";

const scratch = () => mkdtempSync(join(tmpdir(), "glossary-cache-test-"));

/** A folder holding the given files (path → text). */
function folder(files: Record<string, string>): string {
  const dir = scratch();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("bundleKey", () => {
  const site = folder({ "a.html": "A", "b.html": "B" });
  const key = bundleKey({ dir: site, files: ["a.html", "b.html"], settings: ["1.6.0", "en"] });

  it("is the same for the same inputs, in any order, wherever they are", () => {
    const copy = folder({ "a.html": "A", "b.html": "B" });
    expect(bundleKey({ dir: copy, files: ["b.html", "a.html"], settings: ["1.6.0", "en"] })).toBe(key);
  });

  it("changes with a file's bytes, the set of files, or the settings", () => {
    const edited = folder({ "a.html": "A", "b.html": "B!" });
    expect(bundleKey({ dir: edited, files: ["a.html", "b.html"], settings: ["1.6.0", "en"] })).not.toBe(key);
    expect(bundleKey({ dir: site, files: ["a.html"], settings: ["1.6.0", "en"] })).not.toBe(key);
    expect(bundleKey({ dir: site, files: ["a.html", "b.html"], settings: ["1.6.1", "en"] })).not.toBe(key);
  });

  it("tells a file's name from its content", () => {
    const joined = folder({ ab: "", "b.html": "A" });
    const split = folder({ a: "b", "b.html": "A" });
    expect(bundleKey({ dir: joined, files: ["ab"], settings: [] })).not.toBe(
      bundleKey({ dir: split, files: ["a"], settings: [] }),
    );
  });
});

describe("BundleCache", () => {
  it("restores nothing it was not given", () => {
    const target = join(scratch(), "bundle");
    expect(new BundleCache(scratch()).restore("1", "missing", target)).toBe(false);
    expect(existsSync(target)).toBe(false);
  });

  it("gives back a stored bundle file for file, and keeps only the latest of each slot", () => {
    const root = scratch();
    const cache = new BundleCache(root);
    cache.store("1", "first", folder({ "entry.json": "1", "fragment/x.pf": "x" }));
    cache.store("1", "second", folder({ "entry.json": "2", "fragment/y.pf": "y" }));
    cache.store("2", "other", folder({ "entry.json": "3" }));
    expect(readdirSync(join(root, "1"))).toEqual(["second"]);
    expect(cache.restore("1", "first", join(scratch(), "bundle"))).toBe(false);
    expect(cache.restore("2", "second", join(scratch(), "bundle"))).toBe(false);
    const target = join(scratch(), "bundle");
    expect(cache.restore("1", "second", target)).toBe(true);
    expect(readFileSync(join(target, "entry.json"), "utf8")).toBe("2");
    expect(readFileSync(join(target, "fragment/y.pf"), "utf8")).toBe("y");
  });

  it("drops the slots of parts an index no longer has", () => {
    const root = scratch();
    const cache = new BundleCache(root);
    for (const slot of ["1", "2", "3"]) cache.store(slot, `key-${slot}`, folder({ "entry.json": slot }));
    cache.dropSlotsFrom(2);
    expect(readdirSync(root)).toEqual(["1"]);
    expect(cache.restore("1", "key-1", join(scratch(), "bundle"))).toBe(true);
  });
});
