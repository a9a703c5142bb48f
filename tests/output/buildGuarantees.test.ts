import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { astroBuild, astroEnv, projectRoot } from "../helpers/astroBuild.ts";
import { caseFolder } from "../helpers/validateCase.ts";

const temporary: string[] = [];
const scratch = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `glossary-${name}-`));
  temporary.push(dir);
  return dir;
};

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

/** Runs `npm run build`'s script on a content folder into `outDir`. */
function buildScript(content: string, outDir: string) {
  const result = spawnSync(process.execPath, [join(projectRoot, "scripts/build.ts"), "--out-dir", outDir], {
    cwd: projectRoot,
    env: astroEnv(content),
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("builds", () => {
  it("are reproducible: building the same content twice gives byte-identical output", async () => {
    const again = join(scratch("again"), "dist");
    const result = await astroBuild(join(projectRoot, "tests/fixtures/glossary"), again);
    expect(result.code).toBe(0);
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

  it("replace the previous output whole when they succeed", () => {
    const parent = scratch("replace");
    const outDir = join(parent, "dist");
    expect(buildScript(join(projectRoot, "tests/fixtures/glossary"), outDir).status).toBe(0);
    writeFileSync(join(outDir, "stale.html"), "left over");
    const valid = caseFolder("valid-bom-crlf-tabs");
    temporary.push(valid);
    expect(buildScript(valid, outDir).status).toBe(0);
    expect(existsSync(join(outDir, "stale.html"))).toBe(false);
    expect(existsSync(join(outDir, "terms/alpha/index.html"))).toBe(true);
    expect(readdirSync(dirname(outDir))).toEqual(["dist"]);
  });
});
