/**
 * The output scan's worker thread: while Astro writes a build's pages, it scans each one written to its end
 * (`scanNewPages`) on another core, every half second, until told to stop (pages already there when it starts, in a
 * build into an earlier output, are left to the end); then it answers with what it found, by
 * page digest. The scan at the end of the build (`scanBuiltSite`) then only reads and digests those pages.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { parentPort, workerData } from "node:worker_threads";
import { pagesPresent, scanNewPages } from "../core/publish/outputScan.ts";

const { dir, base } = workerData as { dir: string; base: string };
let seen: Map<string, string>;
try {
  seen = pagesPresent(dir);
} catch {
  // Nothing built there yet.
  seen = new Map();
}
const results = new Map<string, string[]>();
let stopping = false;
parentPort?.once("message", () => {
  stopping = true;
});
while (!stopping) {
  try {
    scanNewPages(dir, base, seen, results);
  } catch {
    // The folder is not there yet, or a page was replaced while it was read: the next round looks again.
  }
  await sleep(500);
}
parentPort?.postMessage([...results]);
