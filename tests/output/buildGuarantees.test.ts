import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { cacheDirFor } from "../../src/astro/cacheDir.ts";
import { astroBuild, astroEnv, projectRoot } from "../helpers/astroBuild.ts";
import { foldersBeside } from "../helpers/foldersBeside.ts";
import { caseFolder } from "../helpers/validateCase.ts";

const temporary: string[] = [];
const scratch = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `glossary-${name}-`));
  temporary.push(dir);
  return dir;
};

/** A copy of the fixture glossary in a folder of its own, so its builds get a cache of their own. */
function fixtureCopy(name: string): string {
  const content = scratch(name);
  cpSync(join(projectRoot, "tests/fixtures/glossary"), content, { recursive: true });
  temporary.push(join(projectRoot, cacheDirFor(content)));
  return content;
}

/** The entry pages (alias pages aside) a build's log says were copied from the previous build, not rendered. */
function reusedTermPages(output: string): string[] {
  const entries = new Set(["2-gram", "angstrom", "k-means", "kernel-trick", "xylophone"]);
  return [...output.matchAll(/terms\/([^/\s]+)\/index\.html \((?:restored|cached)\)/g)]
    .map((m) => m[1] ?? "")
    .filter((slug) => entries.has(slug))
    .sort();
}

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** Every file of a folder with its bytes, for byte-for-byte comparison. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length + 1), readFileSync(path)];
    }),
  );
}

/** Every file of a folder with its modification time. */
function mtimes(dir: string): Map<string, number> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => [join(entry.parentPath, entry.name), statSync(join(entry.parentPath, entry.name)).mtimeMs]),
  );
}

/** Runs `npm run build`'s script on a content folder into `outDir`, listing every page (rendered, restored, cached). */
function buildScript(content: string, outDir: string, extra: string[] = []) {
  const args = [join(projectRoot, "scripts/build.ts"), "--out-dir", outDir, "--verbose", ...extra];
  const result = spawnSync(process.execPath, args, {
    cwd: projectRoot,
    env: astroEnv(content),
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("builds", () => {
  it("are reproducible: the same content built again, from elsewhere and without cache, is byte-identical", async () => {
    const again = join(scratch("again"), "dist");
    const result = await astroBuild(fixtureCopy("reproduce"), again);
    expect(result.code).toBe(0);
    expect(result.output).toContain("Indexed 5 term pages");
    expect(reusedTermPages(result.output)).toEqual([]);
    const first = snapshot(inject("fixtureDist"));
    const second = snapshot(again);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, bytes]) => !second.get(file)?.equals(bytes)).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(20);
  });

  it("are all or nothing: a failed build leaves the previous output as it was and no staging folder", () => {
    const parent = scratch("atomic");
    const outDir = join(parent, "dist");
    const good = buildScript(join(projectRoot, "tests/fixtures/glossary"), outDir);
    expect(good.status).toBe(0);
    writeFileSync(join(outDir, "marker.txt"), "from the last good build");
    const before = snapshot(outDir);
    const broken = caseFolder("raw-html");
    temporary.push(broken);
    const bad = buildScript(broken, outDir);
    expect(bad.status).toBe(1);
    expect(bad.output).toContain("(raw-html)");
    expect(bad.output).toContain("was left as it was");
    expect(bad.output).not.toMatch(/^\s+at /m);
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  it("replace the previous output whole when they succeed", async () => {
    const parent = scratch("replace");
    const outDir = join(parent, "dist");
    expect(buildScript(join(projectRoot, "tests/fixtures/glossary"), outDir).status).toBe(0);
    writeFileSync(join(outDir, "stale.html"), "left over");
    const valid = caseFolder("valid-bom-crlf-tabs");
    temporary.push(valid);
    expect(buildScript(valid, outDir).status).toBe(0);
    expect(existsSync(join(outDir, "stale.html"))).toBe(false);
    expect(existsSync(join(outDir, "terms/alpha/index.html"))).toBe(true);
    expect(await foldersBeside(outDir)).toEqual(["dist"]);
  });

  it("are incremental: a rebuild renders only the pages an edit changed, and matches a build from scratch", () => {
    const content = fixtureCopy("incremental");
    const outDir = join(scratch("incremental-out"), "dist");
    const first = buildScript(content, outDir);
    expect(first.status).toBe(0);
    expect(reusedTermPages(first.output)).toEqual([]);

    const built = snapshot(outDir);
    const times = mtimes(outDir);
    const unchanged = buildScript(content, outDir);
    expect(unchanged.status).toBe(0);
    expect(unchanged.output).toContain("nothing changed since the last build");
    expect(unchanged.output).not.toContain("generating static routes");
    expect(snapshot(outDir)).toEqual(built);
    expect(mtimes(outDir)).toEqual(times);

    const forced = buildScript(content, outDir, ["--force"]);
    expect(forced.status).toBe(0);
    expect(reusedTermPages(forced.output)).toEqual(["2-gram", "angstrom", "k-means", "kernel-trick", "xylophone"]);
    expect(forced.output).toMatch(/Indexed 5 term pages for search in [\d.]+s, reusing the unchanged index/);

    // Kernel Trick is a related card on Ångström and k-means, and the previous-page link of xylophone; only 2-gram
    // shows nothing of it.
    const file = join(content, "terms/kernel-trick.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("title: Kernel Trick", "title: Kernel Trickery"));
    const edited = buildScript(content, outDir);
    expect(edited.status).toBe(0);
    expect(reusedTermPages(edited.output)).toEqual(["2-gram"]);
    expect(edited.output).toMatch(/Indexed 5 term pages for search in [\d.]+s\n/);
    for (const slug of ["angstrom", "k-means", "kernel-trick", "xylophone"]) {
      expect(readFileSync(join(outDir, `terms/${slug}/index.html`), "utf8")).toContain("Kernel Trickery");
    }

    const fromScratch = join(scratch("incremental-scratch"), "dist");
    const copy = fixtureCopy("incremental-copy");
    cpSync(file, join(copy, "terms/kernel-trick.md"));
    expect(buildScript(copy, fromScratch).status).toBe(0);
    expect(snapshot(outDir)).toEqual(snapshot(fromScratch));
  });
});
