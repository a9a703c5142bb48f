import { spawn } from "node:child_process";

/**
 * The program of the detached process: it renames the folder to end in its own process id (so that a build starting
 * meanwhile sees a removal still running, and removes the folder itself only once that process is gone), then
 * removes it.
 */
const REMOVER = `
const { renameSync, rmSync } = require("node:fs");
const [from] = process.argv.slice(-1);
const to = from.replace(/-\\d+$/, "-" + process.pid);
try { renameSync(from, to); } catch { process.exit(0); }
rmSync(to, { recursive: true, force: true, maxRetries: 3 });
`;

/**
 * Removes a folder named `<something>-<pid>` in a detached process, so the command that no longer needs it ends at
 * once: removing a whole site of tens of thousands of files takes longer than building its changed pages.
 */
export function removeInBackground(folder: string): void {
  const child = spawn(process.execPath, ["-e", REMOVER, folder], { detached: true, stdio: "ignore" });
  child.on("error", () => {
    // A folder left behind is removed by the next build (removeLeftoverBuildFolders).
  });
  child.unref();
}
