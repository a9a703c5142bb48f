import { satteri } from "@astrojs/markdown-satteri";
import { headingAnchorsPlugin } from "./headingAnchors.ts";
import { linkAttributesPlugin, mentionLinksPlugin, type TermLinks } from "./termLinks.ts";

/**
 * Creates the site's Markdown renderer: Astro's native Sätteri processor with the glossary's HAST plugins (mention
 * links, link attributes and previews, heading anchors). Smart punctuation is off so heading text, and so heading
 * ids, match rehype-slug on the Markdown as written. Prism marks code tokens with classes the site's stylesheet
 * colours for light and dark; Shiki would write inline styles, which the Content-Security-Policy and the HTML
 * validator both reject.
 */
export function createMarkdownRenderer(base: string, links: TermLinks = { previews: new Map() }) {
  const processor = satteri({
    hastPlugins: [mentionLinksPlugin(links), linkAttributesPlugin(base, links.previews), headingAnchorsPlugin()],
    features: { smartPunctuation: false },
  });
  return processor.createRenderer({ syntaxHighlight: "prism" });
}
