import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { entryBody } from "../core/entryFile.ts";
import { basePath } from "../core/site.ts";
import { createMarkdownRenderer } from "./markdownProcessor.ts";
import { contentRoot, settings } from "./site.ts";

let renderer: ReturnType<typeof createMarkdownRenderer> | undefined;

/**
 * Renders the Markdown body of an entry file (a path relative to the content root) to HTML with the site's
 * renderer. Bodies are read and rendered as each page is built rather than kept in the content store: a store
 * holding every rendered body is serialised, bundled and parsed again by Astro, which cost more than rendering.
 */
export async function renderTermBody(file: string): Promise<string> {
  renderer ??= createMarkdownRenderer(basePath(settings) || "/");
  const markdown = entryBody(await readFile(join(contentRoot, file), "utf8"));
  return (await (await renderer).render(markdown)).code;
}
