import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { readCacheJson, writeCacheJson } from "../../src/astro/cacheFile.ts";
import { MAX_ENTRY_BYTES } from "../../src/core/content/entry.ts";

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

/** A digest of an output folder as it stands: every file's path, size and modification time. */
export function outputSignature(dir: string): string {
  const hash = createHash("sha256");
  for (const path of filesUnder(dir, ".")) {
    const { size, mtimeMs } = lstatSync(join(dir, path));
    hash.update(`${path}\0${size}\0${mtimeMs}\0`);
  }
  return hash.digest("hex");
}

/** What the last successful build of a content folder wrote: where, from which inputs, and the output's signature. */
export interface BuildRecord {
  outDir: string;
  inputs: string;
  output: string;
}

/** The record of the last build kept in `file`, or undefined when there is none or it cannot be read. */
export function readBuildRecord(file: string): BuildRecord | undefined {
  const record = readCacheJson(file) as Partial<BuildRecord> | undefined;
  if (typeof record?.outDir !== "string" || typeof record.inputs !== "string" || typeof record.output !== "string") {
    return undefined;
  }
  return record as BuildRecord;
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
