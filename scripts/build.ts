/**
 * `npm run build [-- --out-dir <dir>]`: builds the site into a staging folder beside the output folder, and only
 * when every step has passed (content checks, pages, search index) swaps it in. A failed build exits 1 and leaves
 * the previous output exactly as it was, so nothing half-built is ever published.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "astro";

function outputFolder(argv: string[]): string {
  const { values } = parseArgs({ args: argv, options: { "out-dir": { type: "string" } } });
  return resolve(values["out-dir"] ?? "dist");
}

async function main(argv: string[]): Promise<number> {
  let outDir: string;
  try {
    outDir = outputFolder(argv);
  } catch (error) {
    console.error(
      `build: ${error instanceof Error ? error.message : String(error)}\nUsage: npm run build [-- --out-dir <dir>]`,
    );
    return 2;
  }
  const staging = `${outDir}.staging-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    await build({ outDir: staging });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    console.error(
      `\nThe build failed, and ${outDir} was left as it was.\n${error instanceof Error ? error.message : error}`,
    );
    return 1;
  }
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
