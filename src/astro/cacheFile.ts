import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** The JSON value kept in a cache file, or undefined when there is none or it cannot be read as JSON. */
export function readCacheJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Replaces a cache file with `value` as JSON: written beside it first and renamed over it, so a reader never sees
 * half a file. A failure is ignored: a cache is only ever a shortcut, and the next build does the work again.
 */
export function writeCacheJson(file: string, value: unknown): void {
  const staging = `${file}.${process.pid}`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(staging, `${JSON.stringify(value)}\n`);
    renameSync(staging, file);
  } catch {
    // Nothing kept; the next build starts without it.
  }
}
