import { satteri, satteriCreateHighlightFn } from "@astrojs/markdown-satteri";
import type { Element, Nodes, Root } from "hast";
import { sanitize } from "hast-util-sanitize";
import { type Features, type HastPluginDefinition, markdownToHast } from "satteri";
import { BODY_HTML_SCHEMA } from "../core/checks/htmlAllowlist.ts";
import { walkTree } from "../core/content/markdownTree.ts";
import { type Messages, messagesFor } from "../i18n/messages.ts";
import { headingAnchorsPlugin } from "./headingAnchors.ts";
import { type LinkPreview, linkAttributesPlugin, mentionLinksPlugin } from "./termLinks.ts";

/**
 * How bodies are parsed. Smart punctuation is off so heading text, and so heading ids, match rehype-slug on the
 * Markdown as written; raw HTML becomes real elements (tags split over several raw nodes included), so the sanitizer
 * filters it like everything else.
 */
const FEATURES = { smartPunctuation: false, frontmatter: false, rawHtml: true } satisfies Features;

type Highlight = NonNullable<Awaited<ReturnType<typeof satteriCreateHighlightFn>>>;

/**
 * Whether highlighted code is the code itself, only marked up: Prism's token spans around exactly the same text.
 * Prism pastes the code of a language it does not know into its HTML as it is, so `<a href=…>` in a fence of an
 * unknown language would come back as a link; such a block keeps its plain text instead.
 */
function isOnlyTokens(pre: Element, code: string): boolean {
  let text = "";
  for (const { node } of walkTree<Nodes>(pre)) {
    if (node.type === "text") text += node.value;
    else if (node.type !== "element" || !["pre", "code", "span"].includes(node.tagName)) return false;
  }
  return text === code;
}

/** Prism's highlighting of one block, or nothing when it fails (a language it cannot load) or changes the code. */
async function highlightOrNot(highlight: Highlight, code: string, lang: string): Promise<Element | undefined> {
  try {
    const highlighted = (await highlight(code, lang)) as Element | undefined;
    return highlighted && isOnlyTokens(highlighted, code) ? highlighted : undefined;
  } catch {
    return undefined;
  }
}

/** Astro's Prism highlighting of every code block, as its highlight plugin does it, on a tree held in JavaScript. */
async function highlightCode(tree: Root, highlight: Highlight): Promise<void> {
  const parents: (Root | Element)[] = [tree];
  for (let parent = parents.pop(); parent; parent = parents.pop()) {
    for (const [index, node] of parent.children.entries()) {
      if (node.type !== "element") continue;
      const code = node.tagName === "pre" ? node.children.find((child) => child.type === "element") : undefined;
      if (code?.type !== "element" || code.tagName !== "code") {
        parents.push(node);
        continue;
      }
      const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
      const language = classes.find((name) => String(name).startsWith("language-"));
      const lang = language === undefined ? "plaintext" : String(language).slice("language-".length);
      if (lang === "math") continue;
      const text = code.children.map((child) => (child.type === "text" ? child.value : "")).join("");
      const highlighted = await highlightOrNot(highlight, text.replace(/\n$/, ""), lang);
      if (highlighted) parent.children[index] = highlighted;
    }
  }
}

/**
 * A Sätteri HAST plugin that makes the body exactly what `BODY_HTML_SCHEMA` allows of it, with hast-util-sanitize,
 * after Prism has highlighted the code: Prism writes the code of an unknown language, and the fence's language
 * itself, into its HTML unescaped, so its output is filtered like the rest. It runs first among the site's plugins,
 * which add their links and attributes after it.
 *
 * The tree is parsed again from the source, eagerly, rather than read through the hook's root: Sätteri hands plugins
 * a lazy, frozen tree, and reading all of it cost twice as much as parsing again (see docs/architecture.md). So no Markdown
 * (mdast) plugin may change the tree: its changes would be lost here.
 */
function sanitizePlugin(highlight: Highlight): HastPluginDefinition {
  return {
    name: "glossary-sanitize",
    async before(root, ctx) {
      const tree = markdownToHast(ctx.source, { features: FEATURES, position: false }) as Root;
      await highlightCode(tree, highlight);
      ctx.replaceNode(root, sanitize(tree, BODY_HTML_SCHEMA) as Root);
    },
  };
}

/**
 * Creates the site's Markdown renderer: Astro's native Sätteri processor with the glossary's HAST plugins (Prism and
 * the sanitizer, mention links, link attributes and previews, heading anchors). Prism marks code tokens with classes
 * the site's stylesheet colours for light and dark; Shiki would write inline styles, which the
 * Content-Security-Policy and the HTML validator both reject. `previews` gives each entry's preview by slug, for the
 * links to it; `messages` the language of what the renderer adds (the heading links' labels).
 */
export async function createMarkdownRenderer(
  base: string,
  previews: ReadonlyMap<string, LinkPreview> = new Map(),
  messages: Messages = messagesFor("en"),
) {
  // Astro returns no highlighter only when highlighting is off.
  const highlight = (await satteriCreateHighlightFn("prism", undefined)) as Highlight;
  const processor = satteri({
    hastPlugins: [
      sanitizePlugin(highlight),
      mentionLinksPlugin(),
      linkAttributesPlugin(base, previews),
      headingAnchorsPlugin(messages),
    ],
    features: FEATURES,
  });
  return processor.createRenderer({ syntaxHighlight: false });
}
