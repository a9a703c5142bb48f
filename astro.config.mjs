// @ts-check
import { createHash } from "node:crypto";
import { defineConfig } from "astro/config";
import { markdownProcessor } from "./src/astro/markdownProcessor.ts";
import { searchIntegration } from "./src/astro/searchIntegration.ts";
import { resolveContentRoot } from "./src/core/contentRoot.ts";
import { ContentError } from "./src/core/problem.ts";
import { basePath } from "./src/core/site.ts";
import { loadSiteSettings } from "./src/core/siteFile.ts";

const contentRoot = resolveContentRoot();
const site = loadSiteSettings(contentRoot);
if (site.problems.length > 0) throw new ContentError(site.problems, contentRoot);
const base = basePath(site.settings) || "/";

// Each content folder gets its own cache, so building the fixture glossary never reuses the sample's rendered pages.
const cacheKey = createHash("sha256").update(contentRoot).digest("hex").slice(0, 12);

export default defineConfig({
  site: site.settings.url,
  base,
  trailingSlash: "always",
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  build: { format: "directory", inlineStylesheets: "never" },
  markdown: {
    processor: markdownProcessor(base),
    // Prism marks tokens with classes the site's stylesheet colours for light and dark; Shiki would write inline
    // styles, which the Content-Security-Policy and the HTML validator both reject.
    syntaxHighlight: "prism",
  },
  integrations: [searchIntegration({ language: site.settings.language, contentRoot })],
  devToolbar: { enabled: false },
});
