import { readdirSync } from "node:fs";
import { dirname } from "node:path";
import { buildFolderPattern } from "../../scripts/lib/buildFolders.ts";

/**
 * The names in the folder holding `outDir`, once the outputs being removed in the background by a detached process
 * (`.previous-<pid>`, `.spare-<pid>`) are gone (waits up to 30 s).
 */
export async function foldersBeside(outDir: string): Promise<string[]> {
  const removing = buildFolderPattern(outDir, ["previous", "spare"]);
  for (let waited = 0; waited < 30_000; waited += 100) {
    const names = readdirSync(dirname(outDir));
    if (!names.some((name) => removing.test(name))) return names;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return readdirSync(dirname(outDir));
}
