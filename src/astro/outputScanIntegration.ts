import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AstroIntegration } from "astro";
import { loadGlossary } from "../core/content/glossary.ts";
import { type KnownPages, pageSources, scanBuiltSite, UnsafeOutputError } from "../core/publish/outputScan.ts";
import { ScanCache } from "./scanCache.ts";

/** A worker thread scanning pages while the build writes them (`scanWorker.ts`); `stop` gives what it found. */
function startScanWorker(root: URL, dir: string, base: string): { stop: () => Promise<KnownPages> } {
  let worker: Worker;
  try {
    worker = new Worker(new URL("src/astro/scanWorker.ts", root), { workerData: { dir, base } });
  } catch {
    return { stop: async () => new Map() };
  }
  const answer = new Promise<KnownPages>((resolve) => {
    worker.once("message", (entries: [string, string[]][]) => resolve(new Map(entries)));
    // A worker that fails only leaves the whole scan to the end of the build.
    worker.once("error", () => resolve(new Map()));
    worker.once("exit", () => resolve(new Map()));
  });
  return {
    stop: async () => {
      worker.postMessage("stop");
      return answer;
    },
  };
}

/**
 * Scans every page a production build wrote for markup that could run script or leave the page unsafely
 * (`unsafeMarkup`), and fails the build if there is any, naming each page and the entry file it came from. It runs
 * before the search index is written, so a site that fails is not indexed. Pages are scanned on another core while
 * Astro writes them (a worker thread), and pages whose exact bytes an earlier scan by the same rules found clean are
 * not parsed again (`ScanCache`); at the end every page is read and its digest looked up, and any page not known by
 * its digest is scanned then.
 */
export function outputScanIntegration(options: { contentRoot: string }): AstroIntegration {
  let base = "/";
  let root: URL | undefined;
  let outDir = "";
  let cache: ScanCache | undefined;
  let worker: { stop: () => Promise<KnownPages> } | undefined;
  return {
    name: "glossary-output-scan",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
        root = config.root;
        outDir = fileURLToPath(config.outDir);
        cache = new ScanCache(config.cacheDir, config.root);
      },
      "astro:build:start": () => {
        if (root) worker = startScanWorker(root, outDir, base);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const known = new Map<string, readonly string[]>([...(cache?.read() ?? [])].map((digest) => [digest, []]));
        for (const [digest, findings] of (await worker?.stop()) ?? []) known.set(digest, findings);
        worker = undefined;
        const { pages, findings, skipped, clean } = scanBuiltSite(fileURLToPath(dir), base, known);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const earlier = skipped > 0 ? ` (${skipped} of them as they were written, or found clean before)` : "";
        logger.info(`Scanned ${pages} pages for unsafe markup in ${seconds}s${earlier}`);
        cache?.write(clean);
        if (findings.length > 0) {
          throw new UnsafeOutputError(findings, pageSources(loadGlossary(options.contentRoot)), options.contentRoot);
        }
      },
    },
  };
}
