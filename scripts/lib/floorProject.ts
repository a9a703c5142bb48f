import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The config of the bare project: Astro's defaults, the same output format and concurrency, Pagefind after it. */
const CONFIG = `import { defineConfig } from "astro/config";
import * as pagefind from "pagefind";

const search = {
  name: "floor-search",
  hooks: {
    "astro:build:done": async ({ dir, logger }) => {
      const started = performance.now();
      const { index } = await pagefind.createIndex({});
      const added = await index.addDirectory({ path: new URL(dir).pathname });
      await index.writeFiles({ outputPath: new URL("pagefind/", dir).pathname });
      await pagefind.close();
      logger.info(\`Indexed \${added.page_count} term pages for search in \${((performance.now() - started) / 1000).toFixed(2)}s\`);
    },
  },
};

export default defineConfig({
  site: "https://example.org/",
  trailingSlash: "always",
  cacheDir: "./.astro-cache",
  build: { format: "directory", concurrency: 4 },
  integrations: [search],
});
`;

const PAGE = `---
import { getCollection, render } from "astro:content";

export async function getStaticPaths() {
  return (await getCollection("terms")).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

/**
 * Writes the floor of this stack for a glossary: a bare Astro project with one page per entry, its Markdown body
 * rendered by Astro's own glob loader and Markdown pipeline, and Pagefind over the pages, nothing else. It uses the
 * project's installed packages (a link to its node_modules) and keeps its cache in its own folder.
 */
export function writeFloorProject(dir: string, termsFolder: string, projectRoot: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src/pages/terms"), { recursive: true });
  symlinkSync(join(projectRoot, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "floor", private: true, type: "module" })}\n`);
  writeFileSync(join(dir, "astro.config.mjs"), CONFIG);
  writeFileSync(
    join(dir, "src/content.config.ts"),
    `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

export const collections = {
  terms: defineCollection({
    loader: glob({ pattern: "*.md", base: ${JSON.stringify(termsFolder)} }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
`,
  );
  writeFileSync(join(dir, "src/pages/terms/[slug].astro"), PAGE);
}
