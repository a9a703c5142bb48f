import { satteri } from "@astrojs/markdown-satteri";
import { headingAnchorsPlugin } from "./headingAnchors.ts";
import { type LinkPreview, linkAttributesPlugin, mentionLinksPlugin } from "./termLinks.ts";

/**
 * Creates the site's Markdown renderer: Astro's native Sätteri processor with the glossary's HAST plugins (mention
 * links, link attributes and previews, heading anchors). Smart punctuation is off so heading text, and so heading
 * ids, match rehype-slug on the Markdown as written. Prism marks code tokens with classes the site's stylesheet
 * colours for light and dark; Shiki would write inline styles, which the Content-Security-Policy and the HTML
 * validator both reject. `previews` gives each entry's preview by slug, for the links to it.
 */
export function createMarkdownRenderer(base: string, previews: ReadonlyMap<string, LinkPreview> = new Map()) {
  const processor = satteri({
    hastPlugins: [mentionLinksPlugin(), linkAttributesPlugin(base, previews), headingAnchorsPlugin()],
    features: { smartPunctuation: false, frontmatter: false },
  });
  return processor.createRenderer({ syntaxHighlight: "prism" });
}
