import { satteri } from "@astrojs/markdown-satteri";
import { headingAnchorsPlugin } from "./headingAnchors.ts";
import { linkAttributesPlugin } from "./linkAttributes.ts";

/**
 * The site's Markdown processor: Astro's native Sätteri renderer with the glossary's two HAST plugins. Smart
 * punctuation is off so heading text, and so heading ids, match rehype-slug on the Markdown as written.
 */
export function markdownProcessor(base: string) {
  return satteri({
    hastPlugins: [linkAttributesPlugin(base), headingAnchorsPlugin()],
    features: { smartPunctuation: false },
  });
}
