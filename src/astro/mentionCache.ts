import { fileURLToPath } from "node:url";
import type { LocatedMention, MentionMemo } from "../core/graph/markdownMentions.ts";
import { readCacheJson, writeCacheJson } from "./cacheFile.ts";

/**
 * The mentions the last build found in each body, kept in Astro's cache folder, so a rebuild looks again only in
 * the bodies that changed (or in all of them, once a name of the glossary changed: the keys say so). Only ever an
 * optimisation: an unreadable cache is an empty one, and only the keys this build used are kept.
 */
export class MentionCache implements MentionMemo {
  readonly #file: string;
  #previous = new Map<string, LocatedMention[]>();
  readonly #used = new Map<string, LocatedMention[]>();

  /** A cache kept in `cacheDir`, in `name` (each loader keeps its own, as each keeps only what it used). */
  constructor(cacheDir: URL, name = "mentions.json") {
    this.#file = fileURLToPath(new URL(name, cacheDir));
    const kept = readCacheJson(this.#file);
    if (kept && typeof kept === "object") {
      this.#previous = new Map(Object.entries(kept as Record<string, LocatedMention[]>));
    }
  }

  /** The mentions kept under `key`. */
  get(key: string): LocatedMention[] | undefined {
    const mentions = this.#previous.get(key);
    if (!Array.isArray(mentions)) return undefined;
    this.#used.set(key, mentions);
    return mentions;
  }

  /** Keeps the mentions found under `key`. */
  set(key: string, mentions: LocatedMention[]): void {
    this.#used.set(key, mentions);
  }

  /** Writes the mentions this build used, replacing what was kept. */
  save(): void {
    writeCacheJson(this.#file, Object.fromEntries(this.#used));
  }
}
