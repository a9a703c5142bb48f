/**
 * A worker thread that runs Astro's build of the site into `workerData.outDir` and answers `{ ok: true }`, or
 * `{ ok: false, message }` with what went wrong (see pagesProcess.ts).
 */
import { parentPort, workerData } from "node:worker_threads";

const { outDir } = workerData as { outDir: string };
try {
  const { build } = await import("astro");
  await build({ outDir });
  parentPort?.postMessage({ ok: true });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
