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
 * A folder keeping the last search bundle written for each part of the index (a slot, such as "1"), under its key.
 * A build whose indexed pages of a part did not change copies that part's bundle instead of indexing its pages
 * again. The cache is only ever an optimisation: a copy that fails (say, another build replaced the bundle
 * meanwhile) counts as a miss, and a failure to store is ignored.
 */
export class BundleCache {
  readonly #folder: string;

  /** Keeps its bundles in `folder`, which it owns. */
  constructor(folder: string) {
    this.#folder = folder;
  }

  /** Copies the bundle kept in `slot` to `bundleDir` when it was made from inputs with this key; says whether it did. */
  restore(slot: string, key: string, bundleDir: string): boolean {
    const kept = join(this.#folder, slot, key);
    if (!existsSync(kept)) return false;
    try {
      cpSync(kept, bundleDir, { recursive: true });
      return true;
    } catch {
      rmSync(bundleDir, { recursive: true, force: true });
      return false;
    }
  }

  /** Keeps a copy of `bundleDir` in `slot` under `key`, replacing whatever that slot kept before. */
  store(slot: string, key: string, bundleDir: string): void {
    const folder = join(this.#folder, slot);
    const staging = join(folder, `${INCOMING}${process.pid}`);
    try {
      mkdirSync(folder, { recursive: true });
      rmSync(staging, { recursive: true, force: true });
      cpSync(bundleDir, staging, { recursive: true });
      for (const old of readdirSync(folder)) {
        if (!old.startsWith(INCOMING)) rmSync(join(folder, old), { recursive: true, force: true });
      }
      renameSync(staging, join(folder, key));
    } catch {
      rmSync(staging, { recursive: true, force: true });
    }
  }

  /** Removes the slots from `firstUnused` on, kept for parts an index no longer has. */
  dropSlotsFrom(firstUnused: number): void {
    try {
      for (const slot of readdirSync(this.#folder)) {
        if (Number(slot) >= firstUnused) rmSync(join(this.#folder, slot), { recursive: true, force: true });
      }
    } catch {
      // Nothing kept yet.
    }
  }
}
