import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_MARKER } from "../../scripts/lib/buildOutput.ts";
import { outputSignature } from "../../scripts/lib/buildRecord.ts";
import { dropSpare, keepAsSpare, spareFolder, spareRefusal, takeSpare } from "../../scripts/lib/spareOutput.ts";
import { foldersBeside } from "../helpers/foldersBeside.ts";
import { temporaryFolders } from "../helpers/temporaryFolders.ts";

const parent = temporaryFolders("spare");

/** A folder shaped like a build's output, with its marker and `files`. */
function output(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, BUILD_MARKER), "");
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

describe("the spare output", () => {
  it("is used only when the output and Astro's record are what the last build recorded", () => {
    const outDir = output(join(parent(), "dist"), { "index.html": "new" });
    const record = { outDir, inputs: "i", output: outputSignature(outDir), astroManifest: "m" };
    expect(spareRefusal(outDir, record, "m")).toBe("there is none");
    output(spareFolder(outDir), { "index.html": "old" });
    expect(spareRefusal(outDir, record, "m")).toBeUndefined();
    expect(spareRefusal(outDir, record, "other")).toBe("Astro's cache changed since the last build");
    const { astroManifest: _none, ...unrecorded } = record;
    expect(spareRefusal(outDir, unrecorded, "m")).toBe("no build recorded what it is");
    expect(spareRefusal(outDir, undefined, "m")).toBe("no build recorded what it is");
    writeFileSync(join(outDir, "index.html"), "changed by hand");
    expect(spareRefusal(outDir, record, "m")).toBe("the output changed since it was built");
  });

  it("is brought up to date by comparing every file when the record does not say what changed", () => {
    const outDir = output(join(parent(), "dist"), { "index.html": "new", "added.html": "added" });
    output(spareFolder(outDir), { "index.html": "old", "gone.html": "gone" });
    const site = join(outDir, "..", "site");
    const taken = takeSpare(outDir, site, { signature: "", changed: null });
    expect(taken).toMatchObject({ copied: 2, removed: 1, compared: true });
    expect(readdirSync(site).sort()).toEqual([BUILD_MARKER, "added.html", "index.html"]);
    expect(existsSync(spareFolder(outDir))).toBe(false);
    expect([...taken.states.keys()].sort()).toEqual([BUILD_MARKER, "added.html", "index.html"]);
  });

  it("is never a folder a build did not make: such a folder is neither used, removed nor replaced", async () => {
    const outDir = output(join(parent(), "dist"), { "index.html": "new" });
    const record = { outDir, inputs: "i", output: outputSignature(outDir), astroManifest: "m" };
    const foreign = spareFolder(outDir);
    mkdirSync(foreign);
    writeFileSync(join(foreign, "notes.txt"), "someone's own folder");
    expect(spareRefusal(outDir, record, "m")).toBe("it is not an earlier output");
    dropSpare(outDir);
    const previous = output(`${outDir}.previous-${process.pid}`, { "index.html": "old" });
    keepAsSpare(previous, outDir);
    expect(await foldersBeside(outDir)).toEqual(["dist", "dist.spare"]);
    expect(readdirSync(foreign)).toEqual(["notes.txt"]);
  });

  it("is never reached through a symbolic link", () => {
    const outDir = output(join(parent(), "dist"), { "index.html": "new" });
    const record = { outDir, inputs: "i", output: outputSignature(outDir), astroManifest: "m" };
    const elsewhere = output(join(parent(), "elsewhere"), { "index.html": "not a spare" });
    symlinkSync(elsewhere, spareFolder(outDir));
    expect(spareRefusal(outDir, record, "m")).toBe("it is not an earlier output");
    dropSpare(outDir);
    expect(readdirSync(elsewhere).sort()).toEqual([BUILD_MARKER, "index.html"]);
  });

  it("is dropped in the background when it cannot be used, and replaced by the output a build replaces", async () => {
    const outDir = output(join(parent(), "dist"), { "index.html": "new" });
    output(spareFolder(outDir), { "index.html": "older" });
    dropSpare(outDir);
    expect(await foldersBeside(outDir)).toEqual(["dist"]);
    keepAsSpare(output(`${outDir}.previous-${process.pid}`, { "index.html": "old" }), outDir);
    expect(await foldersBeside(outDir)).toEqual(["dist", "dist.spare"]);
  });
});
