import { readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { AliasTemplate } from "../core/publish/aliasPages.ts";
import { ALIAS_TEMPLATE_FILE, ALIAS_TEXTS_FILE, type AliasTexts } from "./aliasTemplate.ts";
import { routeFiles } from "./builtFilesIntegration.ts";
import { writeIfChanged } from "./writtenFiles.ts";

/** Raised when an alias page would take the place of a page Astro built; the checks make this impossible. */
class AliasPageClashError extends Error {
  constructor(file: string) {
    super(`the alias page ${file} would replace a page of the site`);
    this.name = "AliasPageClashError";
    this.stack = "";
  }
}

/**
 * Writes every alias's page from the template a production build rendered, then removes the template and the texts'
 * file, so that neither is published. A page already holding its exact text is left as it is (a build into the
 * output before last keeps it, as Astro keeps a page whose key did not change). Runs before the output scan, which
 * then reads these pages as it reads every other. `files()` lists the alias pages of the last build.
 */
export function aliasPagesIntegration(): AstroIntegration & { files: () => readonly string[] } {
  let files: string[] = [];
  return {
    name: "glossary-alias-pages",
    files: () => files,
    hooks: {
      "astro:build:done": ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        const built = new Set(routeFiles(dir, assets));
        const html = readFileSync(join(site, ALIAS_TEMPLATE_FILE), "utf8");
        const { placeholders, pages } = JSON.parse(readFileSync(join(site, ALIAS_TEXTS_FILE), "utf8")) as AliasTexts;
        rmSync(join(site, dirname(ALIAS_TEMPLATE_FILE)), { recursive: true, force: true });
        rmSync(join(site, ALIAS_TEXTS_FILE), { force: true });
        const template = new AliasTemplate(html, placeholders);
        const started = performance.now();
        let unchanged = 0;
        files = [];
        for (const page of pages) {
          if (built.has(page.file)) throw new AliasPageClashError(page.file);
          const file = join(site, page.file);
          files.push(page.file);
          if (!writeIfChanged(file, template.page(page))) unchanged++;
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const kept = unchanged > 0 ? ` (${unchanged} of them unchanged)` : "";
        logger.info(`Wrote ${pages.length} alias pages from one template in ${seconds}s${kept}`);
      },
    },
  };
}
