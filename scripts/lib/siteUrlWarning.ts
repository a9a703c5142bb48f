import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { displayRoot } from "../../src/core/checks/problem.ts";
import { DEFAULT_SITE_URL } from "../../src/core/checks/site.ts";
import { normaliseText } from "../../src/core/content/entryFile.ts";
import { SITE_FILE } from "../../src/core/content/siteFile.ts";
import { parseYamlSource } from "../../src/core/content/yamlSource.ts";

/** Whether the content's `site.yaml` (read after a build has validated it) has a `url` key. */
function setsUrl(contentRoot: string): boolean {
  const path = join(contentRoot, SITE_FILE);
  if (!existsSync(path)) return false;
  const { value } = parseYamlSource(normaliseText(readFileSync(path, "utf8")));
  return typeof value === "object" && value !== null && "url" in value;
}

/**
 * The one-line warning a build gives when the content's `site.yaml` sets no `url`, so that every absolute link
 * (canonical, sitemap, feed, Open Graph, JSON-LD) points at the local preview server; undefined when it sets one.
 */
export function missingUrlWarning(contentRoot: string): string | undefined {
  if (setsUrl(contentRoot)) return undefined;
  return (
    `build: warning: \`url\` is not set in ${displayRoot(contentRoot)}/${SITE_FILE}, so every absolute link ` +
    `(canonical, sitemap, feed, Open Graph, JSON-LD) points at ${DEFAULT_SITE_URL}; add the site's public address ` +
    "there, e.g. `url: https://example.org/`"
  );
}
