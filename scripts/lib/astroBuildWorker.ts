/**
 * A worker thread that runs Astro's build of the site into `workerData.outDir` (an empty folder, or a copy of the
 * published output whose unchanged pages Astro keeps) and answers `{ ok: true }`, or
 * `{ ok: false, message }` with what went wrong (see pagesProcess.ts).
 */
import { parentPort, workerData } from "node:worker_threads";

const { outDir } = workerData as { outDir: string };
try {
  const { build } = await import("astro");
  // The folder is kept as it is: a build into an earlier output (see spareOutput.ts) leaves its unchanged pages.
  await build({ outDir, vite: { build: { emptyOutDir: false } } });
  parentPort?.postMessage({ ok: true });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
