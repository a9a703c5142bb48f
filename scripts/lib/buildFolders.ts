import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The folders one build works in beside its output: where it builds, and where the output it replaces goes. */
export interface BuildFolders {
  staging: string;
  previous: string;
}

/** The staging and previous folders of the build with process id `pid` for the output folder `outDir`. */
export function buildFolders(outDir: string, pid = process.pid): BuildFolders {
  return { staging: `${outDir}.staging-${pid}`, previous: `${outDir}.previous-${pid}` };
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
 * Removes the staging and previous folders that builds into `outDir` left behind when they were killed
 * (`<out>.staging-<pid>`, `<out>.previous-<pid>`), keeping those of any build whose process is still running. A
 * build killed between moving the output away and moving the new one in leaves no output but its previous folder:
 * that one is moved back, not removed. Returns the folders removed.
 */
export function removeLeftoverBuildFolders(outDir: string): string[] {
  const parent = dirname(outDir);
  const name = basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^${name}\\.(?:staging|previous)-(\\d+)$`);
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
    if (entry.includes(".previous-") && !existsSync(outDir)) {
      renameSync(join(parent, entry), outDir);
      continue;
    }
    rmSync(join(parent, entry), { recursive: true, force: true, maxRetries: 3 });
    removed.push(join(parent, entry));
  }
  return removed;
}
