import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { readCacheJson, writeCacheJson } from "../../src/astro/cacheFile.ts";
import { MAX_ENTRY_BYTES } from "../../src/core/content/entry.ts";
import { type FileStates, fileStates } from "./mirrorFolder.ts";

/** The project's files whose change changes what a build writes: its code, its settings and its dependencies. */
const PROJECT_INPUTS = ["astro.config.mjs", "package.json", "package-lock.json", "tsconfig.json", "src", "public"];

/** Every file and symbolic link under `path` (or `path` itself), as sorted paths relative to `root`. */
function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full) && !isLink(full)) return [];
  if (!lstatSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((item) => !item.isDirectory())
    .map((item) => relative(root, join(item.parentPath, item.name)))
    .sort();
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Adds a file to a digest: its path, and its bytes (a link's target, a huge file's size and time, as the checks see
 * them). Returns its size when it is a file, 0 otherwise.
 */
function addFile(hash: ReturnType<typeof createHash>, root: string, path: string): number {
  const full = join(root, path);
  hash.update(`\0${path}\0`);
  const link = lstatSync(full);
  if (link.isSymbolicLink()) hash.update(`link:${readlinkSync(full)}\0`);
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(full);
  } catch {
    hash.update("broken\0");
    return 0;
  }
  if (!stat.isFile()) hash.update(`kind:${stat.mode}\0`);
  else if (stat.size > MAX_ENTRY_BYTES) hash.update(`large:${stat.size}:${stat.mtimeMs}\0`);
  else hash.update(readFileSync(full));
  return stat.isFile() ? stat.size : 0;
}

/** What a build is made from, as one walk over its inputs finds it. */
export interface BuildInputs {
  /**
   * A digest of every file of the content folder, the project's code, settings and lockfile, and the Node version.
   * Builds are reproducible, so the same digest means the same output.
   */
  digest: string;
  /** The size of the content folder's files, in bytes. */
  contentBytes: number;
}

/** Digests everything a build's output is made from (see BuildInputs), and measures the content on the way. */
export function buildInputs(contentRoot: string, projectRoot: string): BuildInputs {
  const hash = createHash("sha256").update(`node ${process.version}\0`);
  let contentBytes = 0;
  for (const path of filesUnder(contentRoot, ".")) contentBytes += addFile(hash.update("content"), contentRoot, path);
  for (const input of PROJECT_INPUTS) {
    for (const path of filesUnder(projectRoot, input)) addFile(hash.update("project"), projectRoot, path);
  }
  return { digest: hash.digest("hex"), contentBytes };
}

/** A digest of a folder's file states (see fileStates): the same digest means the same files, untouched. */
export function statesSignature(states: FileStates): string {
  const hash = createHash("sha256");
  for (const path of [...states.keys()].sort()) hash.update(`${path}\0${states.get(path)}\0`);
  return hash.digest("hex");
}

/** A digest of an output folder as it stands: every file's path, inode, size, and modification and change times. */
export function outputSignature(dir: string): string {
  return statesSignature(fileStates(dir));
}

/**
 * What the last successful build of a content folder wrote: where, from which inputs, and the output's signature;
 * and what a build into a copy of that output needs to know: the digest of Astro's record of the pages it wrote
 * (see incrementalManifest.ts) and the keys of the search index's parts.
 */
export interface BuildRecord {
  outDir: string;
  inputs: string;
  output: string;
  astroManifest?: string;
  searchParts?: string[];
  spare?: SpareRecord;
}

/**
 * What the output kept beside as the spare (see spareOutput.ts) was when the build that replaced it ended: its
 * signature, and the files where it differs from the output that build wrote, or null when that build started from
 * an empty folder and so does not know.
 */
export interface SpareRecord {
  signature: string;
  changed: string[] | null;
}

/** A path a build writes in its output: relative, inside it, without `.` or `..` on the way. */
function isOutputPath(path: unknown): path is string {
  if (typeof path !== "string" || path === "" || isAbsolute(path)) return false;
  return path.split(/[\\/]/).every((part) => part !== "" && part !== "." && part !== "..");
}

/** The spare's record as kept, or undefined when it is not one (a path outside the output among them). */
function spareRecord(value: unknown): SpareRecord | undefined {
  const { signature, changed } = (value ?? {}) as Partial<SpareRecord>;
  if (typeof signature !== "string") return undefined;
  if (changed === null) return { signature, changed };
  return Array.isArray(changed) && changed.every(isOutputPath) ? { signature, changed } : undefined;
}

/** The record of the last build kept in `file`, or undefined when there is none or it cannot be read. */
export function readBuildRecord(file: string): BuildRecord | undefined {
  const record = readCacheJson(file) as Partial<BuildRecord> | undefined;
  if (typeof record?.outDir !== "string" || typeof record.inputs !== "string" || typeof record.output !== "string") {
    return undefined;
  }
  const { outDir, inputs, output, astroManifest, searchParts } = record;
  const spare = spareRecord(record.spare);
  return {
    ...(spare ? { spare } : {}),
    outDir,
    inputs,
    output,
    ...(typeof astroManifest === "string" ? { astroManifest } : {}),
    ...(Array.isArray(searchParts) && searchParts.every((key) => typeof key === "string") ? { searchParts } : {}),
  };
}

/** Keeps the record of a successful build in `file`; failing to keep it only costs the next build its shortcut. */
export function writeBuildRecord(file: string, record: BuildRecord): void {
  writeCacheJson(file, record);
}

/** Whether the output folder is exactly what the recorded build wrote from these very inputs. */
export function isUpToDate(record: BuildRecord | undefined, outDir: string, inputs: string): boolean {
  return (
    record !== undefined &&
    record.outDir === outDir &&
    record.inputs === inputs &&
    existsSync(outDir) &&
    record.output === outputSignature(outDir)
  );
}
