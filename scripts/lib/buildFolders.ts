import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isReplaceableOutput } from "./buildOutput.ts";

/** The file at the top of every staging folder: only a folder holding it is ever removed as a killed build's. */
const STAGING_MARKER = ".glossary-staging";

/**
 * The folders one build works in beside its output: its staging folder (marked as such), the site inside it that
 * Astro builds, and where the output it replaces goes meanwhile.
 */
export interface BuildFolders {
  staging: string;
  site: string;
  previous: string;
}

/** The staging and previous folders of the build with process id `pid` for the output folder `outDir`. */
export function buildFolders(outDir: string, pid = process.pid): BuildFolders {
  const staging = `${outDir}.staging-${pid}`;
  return { staging, site: join(staging, "site"), previous: `${outDir}.previous-${pid}` };
}

/** Creates a build's staging folder afresh, with the marker that lets a later build clean it up if this one is killed. */
export function createStaging({ staging }: BuildFolders): void {
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(
    join(staging, STAGING_MARKER),
    "A build of the glossary generator works here; it removes this folder.\n",
  );
}

function isMarkedStaging(dir: string): boolean {
  const marker = join(dir, STAGING_MARKER);
  return existsSync(marker) && statSync(marker).isFile();
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Matches the names of the folders of the given kinds that builds into `outDir` make beside it, `<out>.<kind>-<pid>`,
 * capturing the process id: `staging` (a build's working folder), `previous` (the output it replaces, meanwhile)
 * and `spare` (a spare output being removed).
 */
export function buildFolderPattern(outDir: string, kinds: readonly ("staging" | "previous" | "spare")[]): RegExp {
  const name = basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${name}\\.(?:${kinds.join("|")})-(\\d+)$`);
}

/**
 * Removes the staging and previous folders that builds into `outDir` left behind when they were killed
 * (`<out>.staging-<pid>`, `<out>.previous-<pid>`, and `<out>.spare-<pid>`, a spare output being removed), keeping
 * those of any build whose process is still running, and only folders a build made: a staging folder holds its
 * marker, a previous or spare folder is an earlier output
 * (`isReplaceableOutput`); any other folder of such a name is left alone. A build killed between moving the output
 * away and moving the new one in leaves no output but its previous folder: that one is moved back, not removed.
 * Returns the folders removed.
 */
export function removeLeftoverBuildFolders(outDir: string): string[] {
  const parent = dirname(outDir);
  const pattern = buildFolderPattern(outDir, ["staging", "previous", "spare"]);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of names) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    const folder = join(parent, entry);
    const earlierOutput = !entry.includes(".staging-");
    if (!statSync(folder).isDirectory() || !(earlierOutput ? isReplaceableOutput(folder) : isMarkedStaging(folder)))
      continue;
    if (entry.includes(".previous-") && !existsSync(outDir)) {
      renameSync(folder, outDir);
      continue;
    }
    rmSync(join(parent, entry), { recursive: true, force: true, maxRetries: 3 });
    removed.push(join(parent, entry));
  }
  return removed;
}
