import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { astroEnv, projectRoot } from "../helpers/astroBuild.ts";

const scratch = mkdtempSync(join(tmpdir(), "glossary-bench-smoke-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A figure of the benchmark: the median and spread of its runs. */
interface Summary {
  median: number;
  min: number;
  max: number;
}

describe("npm run bench (a smoke run on a tiny glossary; CI never runs the large sizes)", () => {
  it("measures every figure, prints the table and writes the JSON", { timeout: 300_000 }, () => {
    const out = join(scratch, "results.json");
    const run = spawnSync(
      process.execPath,
      [
        join(projectRoot, "scripts/bench.ts"),
        "--sizes",
        "12",
        "--shapes",
        "distinct,words",
        "--runs",
        "1",
        "--cards",
        "--out",
        out,
      ],
      { cwd: projectRoot, env: astroEnv(join(projectRoot, "content")), encoding: "utf8", timeout: 290_000 },
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\|\s+\|\s+12 distinct\s+\|\s+12 words\s+\|/);
    expect(run.stdout).toContain("validate --mentions");
    expect(run.stdout).toContain("first search, bytes fetched");
    expect(run.stdout).toMatch(/exact title or alias first \(100 %\)\s+\|\s+100\.0 % of \d+/);
    expect(run.stdout).toMatch(/ratio to the bare-Astro floor\s+\|\s+\d+\.\d\d×/);
    expect(run.stdout).toMatch(/rebuild, nothing changed\s+\|[^|]*, \d\.\d\d× of cold/);
    expect(run.stdout).toMatch(/rebuild, edited again\s+\|[^|]*, \d\.\d\d× of cold/);

    // With --cards, every entry, category and the site has a card: 12 entries in more than one category.
    expect(run.stdout).toMatch(/output: social cards\s+\|\s+\d+\.\d MiB \((1[4-9]|2\d)\)/);

    const { results, machine, runs, cards } = JSON.parse(readFileSync(out, "utf8"));
    expect(runs).toBe(1);
    expect(cards).toBe(true);
    expect(machine.cpus).toBeGreaterThan(0);
    expect(results.map((r: { shape: string }) => r.shape)).toEqual(["distinct", "words"]);
    const [result] = results;
    expect(result.entries).toBe(12);
    const timings: Summary[] = [
      result.validateMs,
      result.validateMentionsMs,
      result.coldBuildMs,
      result.floorBuildMs,
      result.warmBuildMs,
      result.forcedBuildMs,
      result.editedBuildMs,
      result.editedAgainBuildMs,
    ];
    const phases = [...Object.values(result.coldPhasesMs), ...Object.values(result.floorPhasesMs)] as Summary[];
    for (const figure of [...timings, ...phases]) {
      expect(figure.min).toBeGreaterThan(0);
      expect(figure.min).toBeLessThanOrEqual(figure.median);
      expect(figure.median).toBeLessThanOrEqual(figure.max);
    }
    expect(result.peakRssBytes.median).toBeGreaterThan(50 * 1024 * 1024);
    expect(result.output.htmlBytes).toBeGreaterThan(12 * 1024);
    expect(result.output.searchIndexBytes).toBeGreaterThan(0);
    expect(result.output.termPageGzipBytes).toBeGreaterThan(500);
    expect(result.output.largestPageGzipBytes).toBeGreaterThanOrEqual(result.output.termPageGzipBytes);
    expect(result.output.largestPage).toMatch(/\.html$/);
    // A rebuild of unchanged content checks it and keeps the output: far less than building it.
    expect(result.warmBuildMs.median).toBeLessThan(result.coldBuildMs.median);
    expect(result.coldLogLines).toBeGreaterThan(5);
    expect(result.removalMs.min).toBeGreaterThanOrEqual(0);
    expect(result.search.pageLoadBytes).toBeGreaterThan(result.output.termPageGzipBytes);
    expect(result.search.pageAndScriptsBytes).toBeGreaterThan(result.output.termPageGzipBytes);
    expect(result.search.pageAndScriptsBytes).toBeLessThan(result.search.pageLoadBytes);
    // The name index answers a first search; Pagefind's engine is prepared alongside.
    expect(result.search.firstSearchBytes).toBeGreaterThan(1024);
    expect(result.search.firstResultMs).toBeGreaterThanOrEqual(0);
    expect(result.search.exactProbes).toBeGreaterThanOrEqual(12);
    expect(result.search.exactFirstShare).toBe(1);
    expect(result.search.typoProbes).toBeGreaterThan(0);
    expect(result.search.typoTop3Share).toBeGreaterThan(0);
  });
});
