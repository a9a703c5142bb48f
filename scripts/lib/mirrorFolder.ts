import {
  copyFileSync,
  cpSync,
  type Dirent,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  unlinkSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";

/** What mirroring a folder changed in it. */
export interface MirrorResult {
  /** Files copied because they were missing or differed. */
  copied: number;
  /** Files and folders removed because the source has none by that path. */
  removed: number;
}

/** The entries under `dir`, by path relative to it, deepest last. */
function entriesUnder(dir: string): Map<string, Dirent> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return new Map(entries.map((entry) => [relative(dir, join(entry.parentPath, entry.name)), entry]));
}

function sameFile(a: string, b: string): boolean {
  return lstatSync(a).size === lstatSync(b).size && readFileSync(a).equals(readFileSync(b));
}

/**
 * Makes `target` hold exactly the files of `source`, by their bytes: a file missing or different is copied, anything
 * `source` does not have is removed, a file with the same bytes is left alone (so its time and inode stay). Bytes
 * are compared rather than times or sizes, so the result does not depend on how either folder was written.
 */
export function mirrorFolder(target: string, source: string): MirrorResult {
  const wanted = entriesUnder(source);
  const present = entriesUnder(target);
  let copied = 0;
  let removed = 0;
  for (const [path, entry] of present) {
    const want = wanted.get(path);
    const keep = want && (entry.isDirectory() ? want.isDirectory() : entry.isFile() && want.isFile());
    if (keep || !lstatSync(join(target, path), { throwIfNoEntry: false })) continue;
    rmSync(join(target, path), { recursive: true, force: true });
    removed++;
  }
  for (const [path, entry] of wanted) {
    if (entry.isDirectory()) {
      mkdirSync(join(target, path), { recursive: true });
      continue;
    }
    const to = join(target, path);
    const from = join(source, path);
    // A file kept by the loop above is still there: only what the source lacks or has otherwise was removed.
    if (present.get(path)?.isFile() && entry.isFile() && sameFile(from, to)) continue;
    mkdirSync(dirname(to), { recursive: true });
    if (entry.isFile()) copyFileSync(from, to);
    else cpSync(from, to, { verbatimSymlinks: true });
    copied++;
  }
  return { copied, removed };
}

/**
 * Makes `target` hold the files of `source` at `paths`, the only paths where the two folders may differ (known from
 * how they were written, see changedFiles): a path `source` has a file at is copied, any other is removed from
 * `target`, with the folders that leaves empty.
 */
export function copyChanges(target: string, source: string, paths: readonly string[]): MirrorResult {
  let copied = 0;
  let removed = 0;
  const present = (path: string) => lstatSync(path, { throwIfNoEntry: false });
  const copies = paths.filter((path) => present(join(source, path))?.isFile() === true);
  const wanted = new Set(copies);
  for (const path of paths) {
    if (wanted.has(path) || !present(join(target, path))) continue;
    rmSync(join(target, path), { recursive: true, force: true });
    removed++;
    for (let folder = dirname(path); folder !== "." && readdirSync(join(target, folder)).length === 0; ) {
      rmdirSync(join(target, folder));
      folder = dirname(folder);
    }
  }
  for (const path of copies) {
    const to = join(target, path);
    if (present(to)?.isDirectory()) rmSync(to, { recursive: true });
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(source, path), to);
    copied++;
  }
  return { copied, removed };
}

/** What a folder holds, file by file: enough to tell afterwards which files were written or replaced meanwhile. */
export type FileStates = Map<string, string>;

/** The state of one file (inode, size, modification and change times), or undefined when there is none. */
export function fileState(path: string): string | undefined {
  const stat = lstatSync(path, { bigint: true, throwIfNoEntry: false });
  return stat && !stat.isDirectory() ? `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}` : undefined;
}

function statesOf(dir: string, entries: Map<string, Dirent>): FileStates {
  const states: FileStates = new Map();
  for (const [path, entry] of entries) {
    const state = entry.isDirectory() ? undefined : fileState(join(dir, path));
    if (state) states.set(path, state);
  }
  return states;
}

/** The state of every file under `dir` (see fileState), by path relative to it. */
export function fileStates(dir: string): FileStates {
  return statesOf(dir, entriesUnder(dir));
}

/** The paths whose file was written, replaced or removed between two states of a folder, sorted. */
export function changedFiles(before: FileStates, after: FileStates): string[] {
  const changed = [...after].filter(([path, state]) => before.get(path) !== state).map(([path]) => path);
  for (const path of before.keys()) if (!after.has(path)) changed.push(path);
  return changed.sort();
}

/**
 * Removes from `dir` every file that was there, unchanged, when `before` was taken and is not in `keep`, and then
 * the folders left empty: what an earlier build left that this one neither wrote nor vouched for. Paths under one
 * of `skip` (folders relative to `dir`, such as `pagefind`) are left to whoever writes them. Returns the paths
 * removed.
 */
export function removeUnwritten(
  dir: string,
  before: FileStates,
  keep: ReadonlySet<string>,
  skip: readonly string[] = [],
): string[] {
  const removed: string[] = [];
  const entries = entriesUnder(dir);
  for (const [path, state] of statesOf(dir, entries)) {
    if (keep.has(path) || before.get(path) !== state) continue;
    if (skip.some((folder) => path.startsWith(`${folder}/`))) continue;
    unlinkSync(join(dir, path));
    removed.push(path);
  }
  const folders = [...entries].filter(([, entry]) => entry.isDirectory()).map(([path]) => path);
  for (const folder of folders.sort((a, b) => b.length - a.length)) {
    if (readdirSync(join(dir, folder)).length === 0) rmdirSync(join(dir, folder));
  }
  return removed;
}
