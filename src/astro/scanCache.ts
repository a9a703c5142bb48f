import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readCacheJson, writeCacheJson } from "./cacheFile.ts";

/**
 * The files that decide what the output scan finds: its rules, and the lockfile (the HTML parser's version). A
 * change to any of them forgets every page found clean.
 */
const SCAN_RULES = ["src/core/publish/outputScan.ts", "src/core/checks/htmlAllowlist.ts", "package-lock.json"];

/**
 * The digests of the pages the last build's output scan found clean, kept in Astro's cache folder under a
 * fingerprint of the scan's rules (SCAN_RULES), so a rebuild parses only pages whose bytes it has not seen. Only
 * ever an optimisation: an unreadable cache is an empty one.
 */
export class ScanCache {
  readonly #file: string;
  readonly #rules: string;

  /** A cache in `cacheDir` for the scan rules of the project at `root`. */
  constructor(cacheDir: URL, root: URL) {
    this.#file = fileURLToPath(new URL("output-scan.json", cacheDir));
    const hash = createHash("sha256");
    for (const file of SCAN_RULES) hash.update(readFileSync(new URL(file, root)));
    this.#rules = hash.digest("hex");
  }

  /** The digests of pages found clean by a scan with the same rules. */
  read(): Set<string> {
    const kept = readCacheJson(this.#file) as { rules?: unknown; clean?: unknown } | undefined;
    if (kept?.rules !== this.#rules || !Array.isArray(kept.clean)) return new Set();
    return new Set(kept.clean.filter((digest): digest is string => typeof digest === "string"));
  }

  /** Keeps the digests of the pages this scan found clean, replacing what was kept. */
  write(clean: ReadonlySet<string>): void {
    writeCacheJson(this.#file, { rules: this.#rules, clean: [...clean] });
  }
}
