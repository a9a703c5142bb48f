import { displayRoot } from "../../src/core/checks/problem.ts";
import { DEFAULT_SITE_URL } from "../../src/core/checks/site.ts";
import { loadSiteSettings, SITE_FILE } from "../../src/core/content/siteFile.ts";

/**
 * The one-line warning a build gives when the content's `site.yaml` sets no `url`, so that every absolute link
 * (canonical, sitemap, feed, Open Graph, JSON-LD) points at the local preview server (also when it says so itself);
 * undefined when it sets another address.
 */
export function missingUrlWarning(contentRoot: string): string | undefined {
  if (loadSiteSettings(contentRoot).settings.url !== DEFAULT_SITE_URL) return undefined;
  return (
    `build: warning: \`url\` is not set in ${displayRoot(contentRoot)}/${SITE_FILE}, so every absolute link ` +
    `(canonical, sitemap, feed, Open Graph, JSON-LD) points at ${DEFAULT_SITE_URL}; add the site's public address ` +
    "there, e.g. `url: https://example.org/`"
  );
}
