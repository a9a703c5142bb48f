/**
 * `npm run bench [-- --sizes 1000,10000] [--shapes distinct,words] [--runs 3] [--seed 1] [--cards]
 * [--out bench-results.json]`:
 * generates synthetic glossaries outside the repository, one per size and shape of names (see GLOSSARY_SHAPES), then
 * measures for each the validator (also listing mentions), the bare-Astro floor of the same entries (floorProject.ts),
 * a cold build, rebuilds with nothing changed (as is, and with `--force` through Astro's incremental cache) and
 * after editing a single entry (time, peak memory of the whole process tree, where the time went, the log's length),
 * the output's size and its largest page, and what a browser downloads to show a term page and run a first search.
 * The generated sites draw no social cards unless `--cards` is given. Prints a table and writes the results as JSON.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { cacheDirFor } from "../src/astro/cacheDir.ts";
import { slugOfFile } from "../src/core/content/entry.ts";
import { listEntryFiles, loadGlossary, publishedEntries } from "../src/core/content/glossary.ts";
import { termPath } from "../src/core/publish/paths.ts";
import { buildFolderPattern } from "./lib/buildFolders.ts";
import { type BuildPhases, buildPhases } from "./lib/buildPhases.ts";
import { measureSearch, type SearchCost, type SearchTarget } from "./lib/firstSearch.ts";
import { writeFloorProject } from "./lib/floorProject.ts";
import { type OutputSizes, outputSizes } from "./lib/outputSizes.ts";
import { measure } from "./lib/processTree.ts";
import { spareFolder } from "./lib/spareOutput.ts";
import { type Summary, summarise } from "./lib/stats.ts";
import { GLOSSARY_SHAPES, type GlossaryShape, writeSyntheticGlossary } from "./lib/syntheticGlossary.ts";

const projectRoot = resolve(import.meta.dirname, "..");

interface SizeResult {
  entries: number;
  shape: GlossaryShape;
  validateMs: Summary;
  validateMentionsMs: Summary;
  coldBuildMs: Summary;
  /** The bare-Astro floor: a page per entry with the same Markdown, and Pagefind over it (floorProject.ts). */
  floorBuildMs: Summary;
  floorPhasesMs: Record<keyof BuildPhases, Summary>;
  warmBuildMs: Summary;
  /** The same rebuild with `--force`: through Astro's incremental cache, every page restored. */
  forcedBuildMs: Summary;
  /** After one edit: the first build into the output before last, which compares every file to bring it up to date. */
  editedBuildMs: Summary;
  /** After a second edit: the output before last is brought up to date by copying the files the last build changed. */
  editedAgainBuildMs: Summary;
  /** After a rebuild returns, how long a detached removal of an earlier output took (none, when it is kept). */
  removalMs: Summary;
  peakRssBytes: Summary;
  coldPhasesMs: Record<keyof BuildPhases, Summary>;
  /** Lines the cold build printed. */
  coldLogLines: number;
  output: OutputSizes;
  search: SearchCost;
}

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string", default: "1000,10000" },
      shapes: { type: "string", default: GLOSSARY_SHAPES.join(",") },
      runs: { type: "string", default: "3" },
      seed: { type: "string", default: "1" },
      cards: { type: "boolean", default: false },
      out: { type: "string", default: "bench-results.json" },
    },
  });
  const sizes = (values.sizes ?? "").split(",").map(Number);
  const runs = Number(values.runs);
  if (sizes.some((size) => !Number.isInteger(size) || size < 10) || !Number.isInteger(runs) || runs < 1) {
    throw new Error("--sizes takes whole numbers of at least 10, separated by commas; --runs a whole number");
  }
  const shapes = (values.shapes ?? "").split(",") as GlossaryShape[];
  if (shapes.some((shape) => !GLOSSARY_SHAPES.includes(shape))) {
    throw new Error(`--shapes takes ${GLOSSARY_SHAPES.join(", ")}, separated by commas`);
  }
  const out = resolve(values.out ?? "bench-results.json");
  return { sizes, shapes, runs, seed: Number(values.seed), cards: values.cards ?? false, out };
}

/** The environment of a measured command: the content folder, no colours, no telemetry. */
function env(content: string): NodeJS.ProcessEnv {
  return { ...process.env, GLOSSARY_CONTENT: content, NO_COLOR: "1", ASTRO_TELEMETRY_DISABLED: "1" };
}

async function build(content: string, outDir: string, extra: string[] = []) {
  const result = await measure(
    process.execPath,
    [join(projectRoot, "scripts/build.ts"), "--out-dir", outDir, ...extra],
    env(content),
    projectRoot,
  );
  if (result.code !== 0) throw new Error(`build failed:\n${result.lines.map((l) => l.text).join("\n")}`);
  return result;
}

/** Waits until the outputs being removed in the background are gone, so one measurement never slows the next. */
async function removalOfPrevious(outDir: string): Promise<number> {
  const started = performance.now();
  const removing = buildFolderPattern(outDir, ["previous", "spare"]);
  const pending = () => readdirSync(dirname(outDir)).some((name) => removing.test(name));
  while (pending()) await new Promise((resolve) => setTimeout(resolve, 100));
  return performance.now() - started;
}

/** A cold build of the bare-Astro floor of a glossary: its cache and output removed first. */
async function floorBuild(floorDir: string) {
  rmSync(join(floorDir, ".astro-cache"), { recursive: true, force: true });
  rmSync(join(floorDir, "dist"), { recursive: true, force: true });
  const result = await measure(
    process.execPath,
    [join(projectRoot, "node_modules/astro/bin/astro.mjs"), "build"],
    { ...process.env, NO_COLOR: "1", ASTRO_TELEMETRY_DISABLED: "1" },
    floorDir,
  );
  if (result.code !== 0) throw new Error(`the floor build failed:\n${result.lines.map((l) => l.text).join("\n")}`);
  return result;
}

const summarisePhases = (phases: BuildPhases[]) => {
  const keys = Object.keys(phases[0] ?? {}) as (keyof BuildPhases)[];
  return Object.fromEntries(keys.map((key) => [key, summarise(phases.map((p) => p[key]))])) as Record<
    keyof BuildPhases,
    Summary
  >;
};

async function benchSize(
  entries: number,
  shape: GlossaryShape,
  runs: number,
  seed: number,
  workDir: string,
  socialCards: boolean,
): Promise<SizeResult> {
  const content = join(workDir, `glossary-${shape}-${entries}-${seed}${socialCards ? "-cards" : ""}`);
  if (!existsSync(join(content, "terms"))) writeSyntheticGlossary(content, { entries, seed, shape, socialCards });
  const outDir = join(workDir, `dist-${shape}-${entries}`);
  const floorDir = join(workDir, `floor-${shape}-${entries}`);
  writeFloorProject(floorDir, join(content, "terms"), projectRoot);
  const validate: number[] = [];
  const validateMentions: number[] = [];
  const cold: number[] = [];
  const floor: number[] = [];
  const floorPhases: BuildPhases[] = [];
  const warm: number[] = [];
  const forced: number[] = [];
  const editedRuns: number[] = [];
  const editedAgainRuns: number[] = [];
  const removals: number[] = [];
  const peaks: number[] = [];
  const phases: BuildPhases[] = [];
  let coldLogLines = 0;
  for (let run = 1; run <= runs; run++) {
    const check = await measure(
      process.execPath,
      [join(projectRoot, "scripts/validate.ts")],
      env(content),
      projectRoot,
    );
    if (check.code !== 0) throw new Error("the synthetic glossary did not validate");
    validate.push(check.ms);
    const mentions = await measure(
      process.execPath,
      [join(projectRoot, "scripts/validate.ts"), "--mentions"],
      env(content),
      projectRoot,
    );
    validateMentions.push(mentions.ms);
    rmSync(join(projectRoot, cacheDirFor(content)), { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    rmSync(spareFolder(outDir), { recursive: true, force: true });
    const floorRun = await floorBuild(floorDir);
    floor.push(floorRun.ms);
    floorPhases.push(buildPhases(floorRun));
    rmSync(join(floorDir, "dist"), { recursive: true, force: true });
    const coldRun = await build(content, outDir);
    cold.push(coldRun.ms);
    peaks.push(coldRun.peakRssBytes);
    phases.push(buildPhases(coldRun));
    coldLogLines = coldRun.lines.length;
    const warmRun = await build(content, outDir);
    warm.push(warmRun.ms);
    peaks.push(warmRun.peakRssBytes);
    const forcedRun = await build(content, outDir, ["--force"]);
    forced.push(forcedRun.ms);
    peaks.push(forcedRun.peakRssBytes);
    removals.push(await removalOfPrevious(outDir));
    const target = join(content, "terms", `${firstSlug(content)}.md`);
    const original = readFileSync(target, "utf8");
    appendFileSync(target, `\nAn edit made by the benchmark, run ${run}.\n`);
    const editRun = await build(content, outDir);
    editedRuns.push(editRun.ms);
    peaks.push(editRun.peakRssBytes);
    removals.push(await removalOfPrevious(outDir));
    appendFileSync(target, `\nA second edit made by the benchmark, run ${run}.\n`);
    const editAgainRun = await build(content, outDir);
    writeFileSync(target, original);
    editedAgainRuns.push(editAgainRun.ms);
    peaks.push(editAgainRun.peakRssBytes);
    removals.push(await removalOfPrevious(outDir));
    console.error(
      `  ${entries} ${shape} entries, run ${run}/${runs}: cold ${(coldRun.ms / 1000).toFixed(1)} s, floor ${(floorRun.ms / 1000).toFixed(1)} s`,
    );
  }
  return {
    entries,
    shape,
    validateMs: summarise(validate),
    validateMentionsMs: summarise(validateMentions),
    coldBuildMs: summarise(cold),
    floorBuildMs: summarise(floor),
    floorPhasesMs: summarisePhases(floorPhases),
    warmBuildMs: summarise(warm),
    forcedBuildMs: summarise(forced),
    editedBuildMs: summarise(editedRuns),
    editedAgainBuildMs: summarise(editedAgainRuns),
    removalMs: summarise(removals),
    peakRssBytes: summarise(peaks),
    coldPhasesMs: summarisePhases(phases),
    coldLogLines,
    output: outputSizes(outDir),
    search: await measureSearch(outDir, `terms/${firstSlug(content)}/`, searchTargets(content)),
  };
}

/** Every published entry of a content folder as the search figures look for it, in name order of the files. */
function searchTargets(content: string): SearchTarget[] {
  return publishedEntries(loadGlossary(content)).map((entry) => ({
    url: `/${termPath(entry.slug)}`,
    title: entry.data.title,
    aliases: entry.data.aliases,
  }));
}

/** The slug of the first entry file (in name order) of a content folder. */
function firstSlug(content: string): string {
  const [first] = listEntryFiles(content).files;
  if (!first) throw new Error(`${content} has no entries`);
  return slugOfFile(first);
}

const seconds = (s: Summary) =>
  `${(s.median / 1000).toFixed(1)} s (${(s.min / 1000).toFixed(1)}–${(s.max / 1000).toFixed(1)})`;
const ratio = (a: Summary, b: Summary) => `${(a.median / b.median).toFixed(2)}×`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const share = (part: number, of: number) => `${(part * 100).toFixed(1)} % of ${of}`;

function table(results: SizeResult[]): string {
  const rows: [string, (r: SizeResult) => string][] = [
    ["validate", (r) => seconds(r.validateMs)],
    ["validate --mentions", (r) => seconds(r.validateMentionsMs)],
    ["cold build (site + search)", (r) => seconds(r.coldBuildMs)],
    ["  ratio to the bare-Astro floor", (r) => ratio(r.coldBuildMs, r.floorBuildMs)],
    ["  start-up", (r) => seconds(r.coldPhasesMs.startup)],
    ["  content sync (load, check, render Markdown)", (r) => seconds(r.coldPhasesMs.contentSync)],
    ["  bundling", (r) => seconds(r.coldPhasesMs.bundling)],
    ["  page rendering", (r) => seconds(r.coldPhasesMs.pageRendering)],
    ["  search indexing (Pagefind)", (r) => seconds(r.coldPhasesMs.searchIndex)],
    ["floor: bare Astro page per entry + Pagefind", (r) => seconds(r.floorBuildMs)],
    ["  floor: content sync", (r) => seconds(r.floorPhasesMs.contentSync)],
    ["  floor: page rendering", (r) => seconds(r.floorPhasesMs.pageRendering)],
    ["  floor: search indexing (Pagefind)", (r) => seconds(r.floorPhasesMs.searchIndex)],
    ["rebuild, nothing changed", (r) => `${seconds(r.warmBuildMs)}, ${ratio(r.warmBuildMs, r.coldBuildMs)} of cold`],
    [
      "rebuild, nothing changed, --force",
      (r) => `${seconds(r.forcedBuildMs)}, ${ratio(r.forcedBuildMs, r.coldBuildMs)} of cold`,
    ],
    [
      "rebuild, one entry edited",
      (r) => `${seconds(r.editedBuildMs)}, ${ratio(r.editedBuildMs, r.coldBuildMs)} of cold`,
    ],
    [
      "rebuild, edited again",
      (r) => `${seconds(r.editedAgainBuildMs)}, ${ratio(r.editedAgainBuildMs, r.coldBuildMs)} of cold`,
    ],
    ["  removing an earlier output (background)", (r) => seconds(r.removalMs)],
    ["build log, lines (cold build)", (r) => String(r.coldLogLines)],
    ["peak memory (process tree)", (r) => `${megabytes(r.peakRssBytes.median)} (max ${megabytes(r.peakRssBytes.max)})`],
    ["output: HTML", (r) => megabytes(r.output.htmlBytes)],
    ["output: CSS / JS", (r) => `${kilobytes(r.output.cssBytes)} / ${kilobytes(r.output.jsBytes)}`],
    ["output: social cards", (r) => `${megabytes(r.output.cardBytes)} (${r.output.cards.toLocaleString("en")})`],
    [
      "output: search index / search runtime",
      (r) => `${megabytes(r.output.searchIndexBytes)} / ${kilobytes(r.output.searchUiBytes)}`,
    ],
    ["term page, gzipped HTML", (r) => kilobytes(r.output.termPageGzipBytes)],
    ["largest page, gzipped HTML", (r) => `${kilobytes(r.output.largestPageGzipBytes)} (${r.output.largestPage})`],
    ["term page and its scripts, gzip (≤ 6 kB)", (r) => kilobytes(r.search.pageAndScriptsBytes)],
    ["term page load with CSS and icon, gzip", (r) => kilobytes(r.search.pageLoadBytes)],
    ["first search, bytes fetched (target ≤ 150 kB)", (r) => kilobytes(r.search.firstSearchBytes)],
    ["first search, last key to entry first (≤ 100 ms)", (r) => `${Math.round(r.search.firstResultMs)} ms`],
    ["later search, last key to entry first (≤ 50 ms)", (r) => `${Math.round(r.search.laterResultMs)} ms`],
    ["exact title or alias first (100 %)", (r) => share(r.search.exactFirstShare, r.search.exactProbes)],
    ["one-typo title in first three (≥ 95 %)", (r) => share(r.search.typoTop3Share, r.search.typoProbes)],
  ];
  const header = ["", ...results.map((r) => `${r.entries.toLocaleString("en")} ${r.shape}`)];
  const body = rows.map(([label, cell]) => [label, ...results.map(cell)]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

async function main(): Promise<void> {
  const { sizes, shapes, runs, seed, cards, out } = options(process.argv.slice(2));
  const workDir = join(tmpdir(), "glossary-bench");
  const results: SizeResult[] = [];
  for (const entries of sizes) {
    for (const shape of shapes) {
      console.error(`Benchmarking ${entries} ${shape} entries (${runs} runs${cards ? ", with social cards" : ""})…`);
      results.push(await benchSize(entries, shape, runs, seed, workDir, cards));
    }
  }
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryBytes: totalmem(), node: process.version };
  const record = { date: new Date().toISOString(), machine, seed, runs, cards, results };
  writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
  console.log(table(results));
  console.log(`\nResults written to ${out}`);
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
