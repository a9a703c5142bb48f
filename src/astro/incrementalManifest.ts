import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The file in Astro's cache folder where `experimental.incrementalBuild` records the cache key of every page it
 * wrote. Astro has no public API for it; this module is the only place that names it, and
 * tests/output/buildGuarantees.test.ts fails when a build no longer writes it (say, after an upgrade of Astro).
 */
export const INCREMENTAL_MANIFEST = "incremental-build.json";

/**
 * A digest of Astro's record of the pages the last build wrote (`INCREMENTAL_MANIFEST` in `cacheDir`), "" when there
 * is none. A build that reuses an earlier output checks that this record is the one written with that output: a
 * page Astro skips because its key did not change must be the very page the record was written for.
 */
export function incrementalManifestDigest(cacheDir: string): string {
  try {
    return createHash("sha256")
      .update(readFileSync(join(cacheDir, INCREMENTAL_MANIFEST)))
      .digest("hex");
  } catch {
    return "";
  }
}
