/**
 * Builds the site's pages with Astro in a process of its own: `node pagesProcess.ts <outDir> <heap limit in MB>`.
 * Exits 0 when the pages are built, 1 with the reason on stderr when not. `npm run build` runs it so that the memory
 * of rendering is returned to the system before the search index is written (scripts/build.ts).
 *
 * Node lets its heap grow well past what a build keeps alive: at 10,000 entries a build that needs less than 450 MB
 * of heap grows to 1.8 GB unless held back. Astro runs in a worker thread whose heap is limited to the given size,
 * so that the collector runs sooner; a build that needs more runs again without the limit, after saying so, instead
 * of failing (a worker out of memory ends with an error this process can catch).
 */
import { Worker } from "node:worker_threads";

/** How one run of Astro's build in a worker thread ended. */
type Outcome = { ok: true } | { ok: false; message: string } | { outOfMemory: true };

function buildInWorker(outDir: string, heapLimitMb?: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./astroBuildWorker.ts", import.meta.url), {
      workerData: { outDir },
      ...(heapLimitMb ? { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } } : {}),
    });
    let answer: Outcome | undefined;
    worker.once("message", (message: Outcome) => {
      answer = message;
      // A failed Astro build can leave handles open that would keep the worker, and so the build, waiting forever.
      if ("ok" in message && !message.ok) void worker.terminate();
    });
    worker.once("error", (error: NodeJS.ErrnoException) => {
      answer =
        error.code === "ERR_WORKER_OUT_OF_MEMORY" ? { outOfMemory: true } : { ok: false, message: error.message };
    });
    worker.once("exit", (code) =>
      resolve(answer ?? { ok: false, message: `the build stopped with exit code ${code}` }),
    );
  });
}

async function main(): Promise<number> {
  const [outDir, limit] = process.argv.slice(2);
  if (!outDir) return 2;
  const heapLimitMb = Number(limit) || undefined;
  let outcome = await buildInWorker(outDir, heapLimitMb);
  if ("outOfMemory" in outcome) {
    console.error(`build: the pages needed more than ${heapLimitMb} MB of heap; building them again without a limit`);
    outcome = await buildInWorker(outDir);
  }
  if ("outOfMemory" in outcome) {
    console.error("build: the pages needed more memory than Node has");
    return 1;
  }
  if (!outcome.ok) {
    console.error(outcome.message);
    return 1;
  }
  return 0;
}

process.exit(await main());
