import { readFileSync, writeFileSync } from "node:fs";
import { BundleCache } from "./bundleCache.ts";
import { indexBuiltSite, type SiteIndexResult } from "./siteIndex.ts";

/**
 * The variable that asks a build to leave its search index to the command that started it: it names the file the
 * build writes its search job to, instead of indexing. `npm run build` sets it, so that the index is written once
 * the process that built the pages has ended and its memory is free (see scripts/build.ts).
 */
export const SEARCH_JOB_VARIABLE = "GLOSSARY_SEARCH_JOB";

/** Everything needed to index a built site later, in another process. */
export interface SearchJob {
  /** The built site. */
  site: string;
  /** Its term pages, site-relative. */
  pages: string[];
  language: string | undefined;
  partSize: number;
  /** The folder of the bundle cache (see BundleCache). */
  cacheFolder: string;
}

/** Writes a search job to `file`. */
export function writeSearchJob(file: string, job: SearchJob): void {
  writeFileSync(file, JSON.stringify(job));
}

/**
 * Indexes the site a search job written to `file` describes, as the build would have, leaving the parts whose keys
 * are `inPlace` as they are (see SiteIndexOptions); how long it took, too.
 */
export async function runSearchJob(
  file: string,
  inPlace: readonly string[] = [],
): Promise<SiteIndexResult & { ms: number }> {
  const started = performance.now();
  const job = JSON.parse(readFileSync(file, "utf8")) as SearchJob;
  const result = await indexBuiltSite(job.site, job.pages, {
    language: job.language,
    partSize: job.partSize,
    cache: new BundleCache(job.cacheFolder),
    inPlace,
  });
  return { ...result, ms: performance.now() - started };
}

/** The log line of an indexed site: pages, time, and parts (and how many were reused) when there is more than one. */
export function indexSummary({ pageCount, parts, reusedParts }: SiteIndexResult, ms: number): string {
  const seconds = (ms / 1000).toFixed(2);
  const reused = reusedParts > 0 ? ` (${reusedParts} unchanged and reused)` : "";
  const detail =
    parts === 1 ? (reusedParts > 0 ? ", reusing the unchanged index" : "") : `, in ${parts} parts${reused}`;
  return `Indexed ${pageCount} term pages for search in ${seconds}s${detail}`;
}
