import { rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildInputs,
  isUpToDate,
  outputSignature,
  readBuildRecord,
  type SpareRecord,
  writeBuildRecord,
} from "../../scripts/lib/buildRecord.ts";
import { temporaryFolders } from "../helpers/temporaryFolders.ts";

const folder = temporaryFolders("record");

describe("the inputs of a build", () => {
  const project = folder({ "astro.config.mjs": "config", "src/pages/index.astro": "page", "README.md": "docs" });

  it("digest to the same value while nothing changes, and to another on any change of content or code", () => {
    const content = folder({ "site.yaml": "title: A\n", "terms/a.md": "one" });
    const first = buildInputs(content, project).digest;
    expect(buildInputs(content, project).digest).toBe(first);
    writeFileSync(join(content, "terms/a.md"), "two");
    const edited = buildInputs(content, project).digest;
    expect(edited).not.toBe(first);
    writeFileSync(join(content, "terms/b.md"), "");
    expect(buildInputs(content, project).digest).not.toBe(edited);
    const withFile = buildInputs(content, project).digest;
    writeFileSync(join(project, "src/pages/index.astro"), "page, changed");
    expect(buildInputs(content, project).digest).not.toBe(withFile);
  });

  it("measure the content's files in the same walk", () => {
    const content = folder({ "site.yaml": "title: A\n", "terms/a.md": "one", "terms/deep/b.md": "three" });
    expect(buildInputs(content, project).contentBytes).toBe("title: A\n".length + 3 + 5);
  });

  it("leave out files no build reads (the project's documentation)", () => {
    const content = folder({ "terms/a.md": "one" });
    const before = buildInputs(content, project).digest;
    writeFileSync(join(project, "README.md"), "docs, rewritten");
    expect(buildInputs(content, project).digest).toBe(before);
  });

  it("tell a moved file and a symbolic link's new target apart", () => {
    const content = folder({ "terms/a.md": "one", "elsewhere/x.md": "x", "elsewhere/y.md": "y" });
    symlinkSync(join(content, "elsewhere/x.md"), join(content, "terms/link.md"));
    const linked = buildInputs(content, project).digest;
    rmSync(join(content, "terms/link.md"));
    symlinkSync(join(content, "elsewhere/y.md"), join(content, "terms/link.md"));
    expect(buildInputs(content, project).digest).not.toBe(linked);
    const moved = folder({ "terms/b.md": "one" });
    expect(buildInputs(moved, project).digest).not.toBe(buildInputs(folder({ "terms/a.md": "one" }), project).digest);
  });
});

describe("the record of the last build", () => {
  it("says the output is up to date only for the same inputs and an output nobody touched since", () => {
    const out = folder({ "index.html": "home", "terms/a/index.html": "a" });
    const record = { outDir: out, inputs: "abc", output: outputSignature(out) };
    const file = join(folder({}), "cache/last-build.json");
    writeBuildRecord(file, record);
    expect(readBuildRecord(file)).toEqual(record);
    expect(isUpToDate(readBuildRecord(file), out, "abc")).toBe(true);
    expect(isUpToDate(readBuildRecord(file), out, "abd")).toBe(false);
    expect(isUpToDate(readBuildRecord(file), join(out, "terms"), "abc")).toBe(false);
    utimesSync(join(out, "terms/a/index.html"), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(isUpToDate(readBuildRecord(file), out, "abc")).toBe(false);
  });

  it("is ignored when it cannot be read as one", () => {
    const dir = folder({ "broken.json": "{", "other.json": '{"outDir": 1}' });
    expect(readBuildRecord(join(dir, "broken.json"))).toBeUndefined();
    expect(readBuildRecord(join(dir, "other.json"))).toBeUndefined();
    expect(readBuildRecord(join(dir, "missing.json"))).toBeUndefined();
    expect(isUpToDate(undefined, dir, "abc")).toBe(false);
  });

  it("keeps what the spare output is, but never a changed path outside the output", () => {
    const dir = folder({});
    const record = { outDir: dir, inputs: "abc", output: "sig" };
    const kept = (spare: unknown) => {
      writeBuildRecord(join(dir, "last-build.json"), { ...record, spare: spare as SpareRecord });
      return readBuildRecord(join(dir, "last-build.json"))?.spare;
    };
    expect(kept({ signature: "s", changed: ["index.html", "terms/a/index.html"] })).toEqual({
      signature: "s",
      changed: ["index.html", "terms/a/index.html"],
    });
    expect(kept({ signature: "s", changed: null })).toEqual({ signature: "s", changed: null });
    for (const path of ["../outside.html", "terms/../../x", "/etc/passwd", "", "./a", "a//b", "a\\..\\..\\b"]) {
      expect(kept({ signature: "s", changed: ["index.html", path] })).toBeUndefined();
    }
    expect(kept({ changed: [] })).toBeUndefined();
    expect(readBuildRecord(join(dir, "last-build.json"))).toMatchObject(record);
  });
});
