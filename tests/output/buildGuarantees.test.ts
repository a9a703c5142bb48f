import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { cacheDirFor } from "../../src/astro/cacheDir.ts";
import { incrementalManifestDigest } from "../../src/astro/incrementalManifest.ts";
import { NAME_INDEX_FOLDER, NAME_INDEX_TERMS_FILE } from "../../src/search/nameIndexFolder.ts";
import { NameIndexReader } from "../../src/search/nameLookup.ts";
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

/** The social cards a build's log says were copied from the previous build rather than drawn again. */
function reusedCards(output: string): string[] {
  return [...output.matchAll(/cards\/(\S+)\.png \((?:restored|cached)\)/g)].map((m) => m[1] ?? "").sort();
}

/** The social cards a build's log lists without saying they were copied: those it drew. */
function drawnCards(output: string): string[] {
  const reused = new Set(reusedCards(output));
  const listed = [...output.matchAll(/\/cards\/(\S+?)\.png/g)].map((m) => m[1] ?? "");
  return [...new Set(listed)].filter((card) => !reused.has(card)).sort();
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
    // A glossary without translations reads no empty collection, which Astro would warn of.
    expect(good.output).toContain("Indexed");
    expect(good.output).not.toContain("does not exist or is empty");
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

  it("replace the previous output whole when they succeed, and keep it beside as the next build's spare", async () => {
    const parent = scratch("replace");
    const outDir = join(parent, "dist");
    expect(buildScript(join(projectRoot, "tests/fixtures/glossary"), outDir).status).toBe(0);
    writeFileSync(join(outDir, "stale.html"), "left over");
    const valid = caseFolder("valid-bom-crlf-tabs");
    temporary.push(valid);
    expect(buildScript(valid, outDir).status).toBe(0);
    expect(existsSync(join(outDir, "stale.html"))).toBe(false);
    expect(existsSync(join(outDir, "terms/alpha/index.html"))).toBe(true);
    expect(await foldersBeside(outDir)).toEqual(["dist", "dist.spare"]);
    expect(existsSync(join(outDir, "../dist.spare/stale.html"))).toBe(true);
  });

  it("are incremental: a rebuild renders only the pages an edit changed, and matches a build from scratch", async () => {
    const content = fixtureCopy("incremental");
    const outDir = join(scratch("incremental-out"), "dist");
    const first = buildScript(content, outDir);
    expect(first.status).toBe(0);
    expect(reusedTermPages(first.output)).toEqual([]);
    const everyCard = drawnCards(first.output);
    expect(everyCard).toContain("terms/kernel-trick");
    expect(everyCard).toContain("site");
    expect(reusedCards(first.output)).toEqual([]);

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
    expect(reusedCards(forced.output)).toEqual(everyCard);
    expect(forced.output).toMatch(/Indexed 5 term pages for search in [\d.]+s, reusing the unchanged index/);

    // Kernel Trick is a related card on Ångström and k-means, and the previous-page link of xylophone; only 2-gram
    // shows nothing of it.
    const file = join(content, "terms/kernel-trick.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("title: Kernel Trick", "title: Kernel Trickery"));
    const edited = buildScript(content, outDir);
    expect(edited.status).toBe(0);
    expect(reusedTermPages(edited.output)).toEqual(["2-gram"]);
    // Cards are kept by their content: only the renamed entry's card is drawn again.
    expect(drawnCards(edited.output)).toEqual(["terms/kernel-trick"]);
    expect(reusedCards(edited.output)).toEqual(everyCard.filter((card) => card !== "terms/kernel-trick"));
    expect(edited.output).toMatch(/Indexed 5 term pages for search in [\d.]+s\n/);
    for (const slug of ["angstrom", "k-means", "kernel-trick", "xylophone"]) {
      expect(readFileSync(join(outDir, `terms/${slug}/index.html`), "utf8")).toContain("Kernel Trickery");
    }
    // The name index, written by the command once the pages' process has ended, follows the edit too.
    expect(edited.output).toMatch(/Wrote the name index of 5 terms in [\d.]+s \([1-9]\d* of \d+ files changed\)/);
    const names = new NameIndexReader(async (path) =>
      JSON.parse(readFileSync(join(outDir, NAME_INDEX_FOLDER, path), "utf8")),
    );
    expect((await names.find("kernel trickery"))[0]?.slug).toBe("kernel-trick");
    expect((await names.find("kernel trick"))[0]?.match).toBe("prefix");
    expect(existsSync(join(outDir, NAME_INDEX_TERMS_FILE))).toBe(false);

    const fromScratch = join(scratch("incremental-scratch"), "dist");
    const copy = fixtureCopy("incremental-copy");
    cpSync(file, join(copy, "terms/kernel-trick.md"));
    expect(buildScript(copy, fromScratch).status).toBe(0);
    expect(snapshot(outDir)).toEqual(snapshot(fromScratch));
  });

  it("build into the output before last when they can, and write the same site as a build from scratch", () => {
    const content = fixtureCopy("spare");
    const outDir = join(scratch("spare-out"), "dist");
    const spare = `${outDir}.spare`;
    const intoSpare =
      /building into the output before last, brought up to date with \S+ \((\d+) files copied, (\d+) removed, ([^)]+)\)/;
    const fromScratch = (name: string) => {
      const dir = join(scratch(name), "dist");
      const copy = fixtureCopy(`${name}-content`);
      rmSync(join(copy, "terms"), { recursive: true });
      cpSync(join(content, "terms"), join(copy, "terms"), { recursive: true });
      expect(buildScript(copy, dir).status).toBe(0);
      return snapshot(dir);
    };
    expect(buildScript(content, outDir).status).toBe(0);
    // The first rebuild has no spare: it builds into an empty folder, and keeps the output it replaces as the spare.
    const second = buildScript(content, outDir, ["--force"]);
    expect(second.status).toBe(0);
    expect(second.output).not.toMatch(intoSpare);
    expect(readdirSync(spare)).toContain("index.html");
    // Astro's record of the pages it wrote, which a build into the spare checks (src/astro/incrementalManifest.ts).
    expect(incrementalManifestDigest(join(projectRoot, cacheDirFor(content)))).not.toBe("");

    // An entry renamed and one of its aliases dropped, another entry deleted, and the spare spoiled meanwhile.
    const kernel = join(content, "terms/kernel-trick.md");
    writeFileSync(
      kernel,
      readFileSync(kernel, "utf8")
        .replace("title: Kernel Trick", "title: Kernel Trickery")
        .replace("kernel method, ", ""),
    );
    unlinkSync(join(content, "terms/xylophone.md"));
    writeFileSync(join(spare, "terms/k-means/index.html"), "spoiled");
    writeFileSync(join(spare, "left-over.txt"), "not part of any build");
    const third = buildScript(content, outDir);
    expect(third.status, third.output).toBe(0);
    const [, copied, removed, how] = intoSpare.exec(third.output) ?? [];
    // The build before started from an empty folder, so every file was compared: the spoiled page was copied, the
    // left-over file removed, and the pages of that build were the spare's already.
    expect(how).toBe("after comparing every file");
    expect(Number(copied)).toBeGreaterThanOrEqual(1);
    expect(Number(removed)).toBeGreaterThanOrEqual(1);
    // Kept where they were, not copied: the pages nothing of the edit shows.
    expect(third.output).toMatch(/terms\/2-gram\/index\.html \(cached\)/);
    expect(third.output).toMatch(/Indexed 4 term pages/);
    expect(existsSync(join(outDir, "terms/xylophone/index.html"))).toBe(false);
    expect(existsSync(join(outDir, "terms/kernel-method/index.html"))).toBe(false);
    expect(existsSync(join(outDir, "left-over.txt"))).toBe(false);
    expect(snapshot(outDir)).toEqual(fromScratch("spare-scratch"));

    // This build built into the spare, so it knows which files it changed: the next one copies only those.
    const angstrom = join(content, "terms/angstrom.md");
    writeFileSync(angstrom, readFileSync(angstrom, "utf8").replace("one ten-billionth", "a ten-billionth"));
    const again = buildScript(content, outDir);
    expect(again.status, again.output).toBe(0);
    expect(intoSpare.exec(again.output)?.[3]).toBe("as the last build recorded");
    expect(snapshot(outDir)).toEqual(fromScratch("spare-scratch-again"));

    // A published output changed by hand is not what the spare was made equal to: the build starts empty.
    writeFileSync(join(outDir, "terms/2-gram/index.html"), "changed by hand");
    writeFileSync(kernel, readFileSync(kernel, "utf8").replace("Kernel Trickery", "Kernel Trick"));
    const fourth = buildScript(content, outDir);
    expect(fourth.status).toBe(0);
    expect(fourth.output).toContain("not building into the output before last: the output changed since it was built");
    expect(fourth.output).not.toMatch(intoSpare);
    expect(snapshot(outDir)).toEqual(fromScratch("spare-scratch-2"));

    // A failed build takes the spare with it; the next build starts empty again, and is right.
    writeFileSync(join(content, "terms/broken.md"), "---\ntitle: Broken\n---\n");
    expect(buildScript(content, outDir).status).toBe(1);
    expect(existsSync(spare)).toBe(false);
    unlinkSync(join(content, "terms/broken.md"));
    expect(buildScript(content, outDir, ["--force"]).status).toBe(0);
    expect(snapshot(outDir)).toEqual(fromScratch("spare-scratch-3"));
  }, 120_000);
});
