import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import {
  changedFiles,
  copyChanges,
  fileStates,
  mirrorFolder,
  removeUnwritten,
} from "../../scripts/lib/mirrorFolder.ts";
import { temporaryFolders } from "../helpers/temporaryFolders.ts";

/** A folder holding `files` (path → text). */
const folder = temporaryFolders("mirror");

/** Every file and folder under `dir` with its text ("/" for a folder). */
function contents(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return Object.fromEntries(
    entries
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), entry.isDirectory() ? "/" : readFileSync(path, "utf8")] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const SOURCE = {
  "index.html": "home",
  "terms/a/index.html": "alpha",
  "terms/b/index.html": "bravo",
  "x/y": "a file where the target has a folder",
};

describe("mirrorFolder", () => {
  it("makes the target hold exactly the source's files, leaving alone those with the same bytes", () => {
    const source = folder(SOURCE);
    const target = folder({
      "index.html": "home",
      "terms/a/index.html": "ALPHA", // same size, other bytes
      "terms/gone/index.html": "a page no longer built",
      "x/y/z": "a folder where the source has a file",
      "old.txt": "left over",
    });
    const untouched = statSync(join(target, "index.html")).ino;
    const result = mirrorFolder(target, source);
    expect(contents(target)).toEqual(contents(source));
    expect(statSync(join(target, "index.html")).ino).toBe(untouched);
    // terms/a and terms/b, and x/y; terms/gone, x/y (the folder) and old.txt.
    expect(result).toEqual({ copied: 3, removed: 3 });
    expect(mirrorFolder(target, source)).toEqual({ copied: 0, removed: 0 });
  });
});

describe("copyChanges", () => {
  it("copies the listed files the source has and removes the others, with the folders left empty", () => {
    const source = folder({ "index.html": "new home", "terms/c/index.html": "charlie", "kept.txt": "same" });
    const target = folder({ "index.html": "old home", "terms/b/index.html": "bravo", "kept.txt": "same" });
    const result = copyChanges(target, source, ["index.html", "terms/b/index.html", "terms/c/index.html"]);
    expect(result).toEqual({ copied: 2, removed: 1 });
    expect(contents(target)).toEqual(contents(source));
  });
});

describe("fileStates and changedFiles", () => {
  it("tell the files written, rewritten with the same size, added and removed since a state was taken", () => {
    const dir = folder({ "a.html": "one", "b.html": "two", "c.html": "three", "d/e.html": "four" });
    const before = fileStates(dir);
    writeFileSync(join(dir, "b.html"), "TWO");
    rmSync(join(dir, "c.html"));
    writeFileSync(join(dir, "new.html"), "five");
    expect(changedFiles(before, fileStates(dir))).toEqual(["b.html", "c.html", "new.html"]);
    expect(changedFiles(before, before)).toEqual([]);
  });
});

describe("removeUnwritten", () => {
  it("removes what was there before and neither written since nor listed, and the folders left empty", () => {
    const dir = folder({
      "kept/index.html": "kept by the build",
      "stale/index.html": "left by an earlier build",
      "rewritten.html": "old",
      "pagefind/part-2/index.pf": "the search job's own",
    });
    const before = fileStates(dir);
    writeFileSync(join(dir, "rewritten.html"), "new");
    writeFileSync(join(dir, "added.html"), "new too");
    const removed = removeUnwritten(dir, before, new Set(["kept/index.html"]), ["pagefind"]);
    expect(removed).toEqual(["stale/index.html"]);
    expect(Object.keys(contents(dir))).toEqual([
      "added.html",
      "kept",
      "kept/index.html",
      "pagefind",
      "pagefind/part-2",
      "pagefind/part-2/index.pf",
      "rewritten.html",
    ]);
  });
});
