import { createHash } from "node:crypto";

/**
 * Astro's cache folder for a content folder, relative to the project: one per content folder, so building the
 * fixture glossary never reuses the sample's rendered pages, stored content or search index.
 */
export function cacheDirFor(contentRoot: string): string {
  return `node_modules/.astro/${createHash("sha256").update(contentRoot).digest("hex").slice(0, 12)}`;
}
