/**
 * `npm run build [-- --out-dir <dir>] [--verbose] [--force]`: builds the site into a staging folder beside the output
 * folder, and only when every step has passed (content checks, pages, search index) swaps it in. A failed build exits
 * 1 and leaves the previous output exactly as it was, so nothing half-built is ever published.
 *
 * The pages are built by Astro in a process of its own (lib/pagesProcess.ts) with a heap limit that grows with the
 * content; the search index is written once that process has ended (the search integration leaves it a job file),
 * so that the memory of building the pages and of indexing them never add up.
 *
 * When nothing the site is made from changed since the last build wrote the output as it stands (every content file,
 * the project's code, settings and lockfile, the Node version; see buildRecord.ts), the content is checked and the
 * output kept: start-up and checking, no pages. `--force` builds anyway.
 *
 * The output folder (default `dist`) is replaced whole, so the build refuses (exit 2, nothing touched) one that is,
 * contains or lies inside the content folder or the project's own folders (src/, public/, scripts/, tests/,
 * content/, .github/, .ci/, node_modules/, .git/), one that is or contains the project or repository root, a file,
 * and an existing folder that is not an earlier build's output. A build's output is recognised by the
 * `.glossary-build` file every build writes at its top; a folder without it is accepted only when it is empty or
 * has the shape of an output built before that file existed (`index.html`, `terms.json` and
 * `pagefind/pagefind-entry.json`). Paths are compared as real paths, symbolic links resolved.
 *
 * A build works in `<out>.staging-<pid>` (marked as a staging folder; Astro builds into its `site/`) and moves the
 * output it replaces to `<out>.previous-<pid>`, which it keeps after the swap as `<out>.spare`. The next build
 * builds into that spare, made equal to the published output first, so that Astro writes only the pages whose key
 * changed (lib/spareOutput.ts); a spare it cannot trust is removed by a detached process, and the build starts from
 * an empty folder. A stopped build (SIGINT or SIGTERM, exit 130 or 143) removes its staging folder (with the spare
 * in it) and previous folder, and every build removes those that earlier builds left when they were killed (marked
 * staging folders and earlier outputs only, of processes no longer running). A successful build without `url` in site.yaml warns on
 * stderr that every absolute link points at localhost.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { BUILT_FILES_VARIABLE } from "../src/astro/builtFilesIntegration.ts";
import { cacheDirFor } from "../src/astro/cacheDir.ts";
import { incrementalManifestDigest } from "../src/astro/incrementalManifest.ts";
import { writeNameIndex } from "../src/astro/nameIndexWriter.ts";
import { ContentError, displayRoot } from "../src/core/checks/problem.ts";
import { warningSummary } from "../src/core/checks/report.ts";
import { resolveContentRoot } from "../src/core/content/contentRoot.ts";
import { errorsOf, loadGlossary } from "../src/core/content/glossary.ts";
import { loadSiteSettings } from "../src/core/content/siteFile.ts";
import { languageFolder } from "../src/core/publish/paths.ts";
import { NAME_INDEX_FOLDER } from "../src/search/nameIndexFolder.ts";
import { indexSummary, runSearchJob, SEARCH_JOB_VARIABLE } from "../src/search/searchJob.ts";
import { type BuildFolders, buildFolders, createStaging, removeLeftoverBuildFolders } from "./lib/buildFolders.ts";
import { markBuildOutput } from "./lib/buildOutput.ts";
import {
  type BuildRecord,
  buildInputs,
  isUpToDate,
  readBuildRecord,
  statesSignature,
  writeBuildRecord,
} from "./lib/buildRecord.ts";
import { pagesHeapLimitMb } from "./lib/heapLimit.ts";
import { changedFiles, type FileStates, fileStates, removeUnwritten } from "./lib/mirrorFolder.ts";
import { outputFolderRefusal } from "./lib/outputFolder.ts";
import { realPath } from "./lib/realPath.ts";
import { missingUrlWarning } from "./lib/siteUrlWarning.ts";
import { dropSpare, keepAsSpare, spareFolder, spareRefusal, takeSpare } from "./lib/spareOutput.ts";

const USAGE = "Usage: npm run build [-- --out-dir <dir>] [--verbose] [--force]";

/** The file in the content folder's cache that records the last successful build (see buildRecord.ts). */
const BUILD_RECORD = "last-build.json";
const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
const PAGES_PROCESS = fileURLToPath(new URL("lib/pagesProcess.ts", import.meta.url));

/** How long a stopped build waits for the pages' process to end on the same signal before it kills it. */
const PAGES_STOP_GRACE_MS = 5000;

/** The process building the pages, while it runs: a stopped build stops it too. */
let pagesChild: ChildProcess | undefined;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Removes this build's working folders when the process ends before the new output is in place, however it ends
 * short of SIGKILL. Returns the function that stands this down once the swap is done: from then on the output it
 * replaced belongs to its background removal, which must not be raced by a removal on exit.
 */
function cleanUpOnExit({ staging, previous }: BuildFolders, outDir: string): () => void {
  const cleanUp = () => {
    // The pages' process has ended by now (a stopped build waits for it); the retries cover a briefly busy folder.
    rmSync(staging, { recursive: true, force: true, maxRetries: 3 });
    if (existsSync(outDir)) rmSync(previous, { recursive: true, force: true, maxRetries: 3 });
  };
  const onSignal = (signal: keyof typeof SIGNAL_EXIT_CODES) => {
    const stop = () => {
      cleanUp();
      console.error(`\nbuild: stopped by ${signal}; ${displayRoot(outDir)} was left as it was.`);
      process.exit(SIGNAL_EXIT_CODES[signal]);
    };
    // The pages' process is stopped first and waited for, so that it writes nothing after the clean-up.
    const child = pagesChild;
    if (!child) return stop();
    child.once("exit", stop);
    child.kill(signal);
    setTimeout(() => child.kill("SIGKILL"), PAGES_STOP_GRACE_MS).unref();
  };
  process.on("exit", cleanUp);
  for (const signal of Object.keys(SIGNAL_EXIT_CODES) as (keyof typeof SIGNAL_EXIT_CODES)[])
    process.once(signal, onSignal);
  return () => {
    process.off("exit", cleanUp);
    for (const signal of Object.keys(SIGNAL_EXIT_CODES)) process.off(signal, onSignal);
  };
}

/**
 * Says that the build failed and the output was left as it was, with what went wrong (unless it was said already);
 * the exit code of a failure.
 */
function failed(outDir: string, what = ""): number {
  console.error(`\nThe build failed, and ${outDir} was left as it was.${what ? `\n${what}` : ""}`);
  return 1;
}

/**
 * Builds the pages into `site` in a process of its own (pagesProcess.ts) with a heap limit, leaving the search index
 * to `jobFile`. Resolves to nothing when the pages were built; otherwise to what to add to the failure: nothing
 * when that process said what went wrong itself, or the signal that stopped it from outside.
 */
function buildPages(
  site: string,
  heapLimitMb: number,
  jobFile: string,
  builtFiles: string | undefined,
): Promise<{ failure?: string } | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PAGES_PROCESS, site, String(heapLimitMb)], {
      stdio: "inherit",
      env: {
        ...process.env,
        [SEARCH_JOB_VARIABLE]: jobFile,
        ...(builtFiles ? { [BUILT_FILES_VARIABLE]: builtFiles } : {}),
      },
    });
    pagesChild = child;
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      pagesChild = undefined;
      if (code === 0) resolve(undefined);
      else resolve({ failure: signal ? `The process building the pages was stopped by ${signal}.` : "" });
    });
  });
}

async function main(argv: string[]): Promise<number> {
  let given: string;
  let force: boolean;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { "out-dir": { type: "string" }, verbose: { type: "boolean" }, force: { type: "boolean" } },
    });
    given = values["out-dir"] ?? "dist";
    force = values.force === true;
    // Read by the site's logger (src/astro/pageLogger.mjs): a line for every page built.
    if (values.verbose) process.env.GLOSSARY_VERBOSE = "1";
  } catch (error) {
    console.error(`build: ${message(error)}\n${USAGE}`);
    return 2;
  }
  const contentRoot = resolveContentRoot();
  if (!existsSync(contentRoot) || !statSync(contentRoot).isDirectory()) {
    const what = existsSync(contentRoot) ? "is not a folder" : "does not exist";
    console.error(`build: the content folder ${displayRoot(contentRoot)} ${what}. Nothing was built or changed.`);
    return 2;
  }
  const refusal = outputFolderRefusal(given, { contentRoot, projectRoot: PROJECT_ROOT });
  if (refusal) {
    console.error(`build: --out-dir ${given} ${refusal}. Nothing was built or changed.\n${USAGE}`);
    return 2;
  }
  const outDir = realPath(given);
  for (const folder of removeLeftoverBuildFolders(outDir)) {
    console.error(`build: removed ${displayRoot(folder)}, left by a build that is no longer running`);
  }
  const cacheDir = join(PROJECT_ROOT, cacheDirFor(contentRoot));
  const recordFile = join(cacheDir, BUILD_RECORD);
  const record = readBuildRecord(recordFile);
  const { digest: inputs, contentBytes } = buildInputs(contentRoot, PROJECT_ROOT);
  if (!force && isUpToDate(record, outDir, inputs)) return keepUpToDateOutput(contentRoot, outDir);
  const folders = buildFolders(outDir);
  const standDown = cleanUpOnExit(folders, outDir);
  createStaging(folders);
  const reused = reuseSpare(outDir, folders.site, record, cacheDir);
  // The pages are built in a process that ends before the search index is written, so that the memory of one is
  // free before the other needs it.
  const jobFile = join(folders.staging, "search-job.json");
  const builtFiles = join(folders.staging, "built-files.json");
  let searchParts: string[];
  try {
    const pages = await buildPages(
      folders.site,
      pagesHeapLimitMb(contentBytes),
      jobFile,
      reused ? builtFiles : undefined,
    );
    if (pages) return failed(outDir, pages.failure);
    if (!existsSync(jobFile)) return failed(outDir, "The pages were built, but nothing said what to index for search.");
    if (reused) removeLeftovers(folders.site, reused, builtFiles, contentRoot);
    const result = await runSearchJob(jobFile, reused ? record?.searchParts : []);
    console.log(`[glossary-search] ${indexSummary(result, result.ms)}`);
    console.log(`[glossary-name-index] ${writeNameIndex(folders.site)}`);
    searchParts = result.keys;
  } catch (error) {
    return failed(outDir, message(error));
  }
  markBuildOutput(folders.site);
  const built = fileStates(folders.site);
  // Where the output being replaced, kept as the next build's spare, differs from this one.
  const changed = reused ? changedFiles(reused, built) : null;
  const replaces = existsSync(outDir);
  if (replaces) renameSync(outDir, folders.previous);
  renameSync(folders.site, outDir);
  rmSync(folders.staging, { recursive: true, force: true });
  standDown();
  if (replaces) keepAsSpare(folders.previous, outDir);
  writeBuildRecord(recordFile, {
    outDir,
    inputs,
    // Moving the folder keeps its files' states.
    output: statesSignature(built),
    astroManifest: incrementalManifestDigest(cacheDir),
    searchParts,
    ...(replaces ? { spare: { signature: record?.outDir === outDir ? record.output : "", changed } } : {}),
  });
  const warning = missingUrlWarning(contentRoot);
  if (warning) console.error(warning);
  return 0;
}

/**
 * Starts a build from the output before last, kept beside the output as its spare (see spareOutput.ts), when it can:
 * moved into the build's site folder and made equal to the published output, so that Astro writes only the pages
 * whose cache key changed. Returns the state of its files then, or undefined when the build starts from an empty
 * folder (the spare, if any, is removed in the background).
 */
function reuseSpare(
  outDir: string,
  site: string,
  record: BuildRecord | undefined,
  cacheDir: string,
): FileStates | undefined {
  const refusal = spareRefusal(outDir, record, incrementalManifestDigest(cacheDir));
  if (refusal !== undefined) {
    if (existsSync(spareFolder(outDir))) console.error(`build: not building into the output before last: ${refusal}`);
    dropSpare(outDir);
    return undefined;
  }
  const { copied, removed, states, compared } = takeSpare(outDir, site, record?.spare);
  const how = compared ? "after comparing every file" : "as the last build recorded";
  console.error(
    `build: building into the output before last, brought up to date with ${displayRoot(outDir)} (${copied} files copied, ${removed} removed, ${how})`,
  );
  return states;
}

/**
 * Removes from a build into an earlier output what this build neither wrote nor kept: the pages of entries gone
 * since, old assets and files. The pages Astro kept are those `builtFiles` lists; the folders of the search index and
 * the name index are left to what writes them, which removes what it does not keep itself.
 */
function removeLeftovers(site: string, before: FileStates, builtFiles: string, contentRoot: string): void {
  const kept = new Set(JSON.parse(readFileSync(builtFiles, "utf8")) as string[]);
  const { translations } = loadSiteSettings(contentRoot).settings;
  const nameIndexes = ["", ...translations.map(languageFolder)].map((folder) => `${folder}${NAME_INDEX_FOLDER}`);
  removeUnwritten(site, before, kept, ["pagefind", ...nameIndexes.map((folder) => folder.replace(/\/$/, ""))]);
}

/**
 * The build when nothing it is made from changed since the last one wrote the output as it stands: the content is
 * checked as a build checks it (errors fail, warnings are summarised), and the output is kept.
 */
function keepUpToDateOutput(contentRoot: string, outDir: string): number {
  const glossary = loadGlossary(contentRoot);
  if (errorsOf(glossary).length > 0) return failed(outDir, new ContentError(glossary.problems, contentRoot).message);
  const summary = warningSummary(glossary.found);
  if (summary.length > 0) console.error(summary.join("\n"));
  console.error(
    `build: nothing changed since the last build of ${displayRoot(outDir)}, and the content passed its checks: the site was kept as it is (\`--force\` builds it again).`,
  );
  const warning = missingUrlWarning(contentRoot);
  if (warning) console.error(warning);
  return 0;
}

// An explicit exit, so that nothing a build started (such as Pagefind's service) can keep the command waiting.
process.exit(await main(process.argv.slice(2)));
