import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

/** What a search bundle is built from: the indexed files of a built site, and everything else that shapes it. */
export interface BundleInputs {
  /** The built site. */
  dir: string;
  /** Site-relative paths of the files indexed, in any order. */
  files: readonly string[];
  /** Anything else the bundle depends on, such as the indexer's version and options. */
  settings: unknown;
}

/** A digest of a bundle's inputs: the same digest means indexing again would write the same bundle. */
export function bundleKey({ dir, files, settings }: BundleInputs): string {
  const hash = createHash("sha256").update(JSON.stringify(settings));
  for (const file of [...files].sort()) hash.update(`\0${file}\0`).update(readFileSync(join(dir, file)));
  return hash.digest("hex");
}

const INCOMING = ".incoming-";

/**
 * A folder keeping the last search bundle written, under its key. A build whose indexed pages did not change
 * copies the bundle instead of indexing every page again. The cache is only ever an optimisation: a copy that
 * fails (say, another build replaced the bundle meanwhile) counts as a miss, and a failure to store is ignored.
 */
export class BundleCache {
  readonly #folder: string;

  /** Keeps its bundle in `folder`, which it owns. */
  constructor(folder: string) {
    this.#folder = folder;
  }

  /** Copies the kept bundle to `bundleDir` when it was made from inputs with this key; says whether it did. */
  restore(key: string, bundleDir: string): boolean {
    const kept = join(this.#folder, key);
    if (!existsSync(kept)) return false;
    try {
      cpSync(kept, bundleDir, { recursive: true });
      return true;
    } catch {
      rmSync(bundleDir, { recursive: true, force: true });
      return false;
    }
  }

  /** Keeps a copy of `bundleDir` under `key`, replacing whatever was kept before. */
  store(key: string, bundleDir: string): void {
    const staging = join(this.#folder, `${INCOMING}${process.pid}`);
    try {
      mkdirSync(this.#folder, { recursive: true });
      rmSync(staging, { recursive: true, force: true });
      cpSync(bundleDir, staging, { recursive: true });
      for (const old of readdirSync(this.#folder)) {
        if (!old.startsWith(INCOMING)) rmSync(join(this.#folder, old), { recursive: true, force: true });
      }
      renameSync(staging, join(this.#folder, key));
    } catch {
      rmSync(staging, { recursive: true, force: true });
    }
  }
}
