import type { HastPluginDefinition, PluginFactoryContext } from "satteri";
import { linkedSlug } from "../core/checks/bodyLinks.ts";
import { leavesSite } from "../core/checks/htmlAllowlist.ts";
import { type MentionIndex, MentionLinker } from "../core/graph/mentions.ts";
import { rebaseLink, termPath } from "../core/publish/paths.ts";

/**
 * What a term link needs beyond its slug (the preview fetches the title and definition when it opens): on a
 * translated page, where the term's page in the reader's language is, or the language of the page it falls back to.
 */
export interface LinkPreview {
  /** The site-relative path of the term's page (`nl/terms/x/`), when links should go there rather than `/terms/x/`. */
  path?: string;
  /** The language of the page linked to, when it is not the page's own. */
  hreflang?: string;
}

/** A root-relative link to an entry (`/terms/x/#part`) moved to the entry's page at `path` (`nl/terms/x/`). */
function movedTermLink(address: string, path: string): string {
  const hash = address.indexOf("#");
  return `/${path}${hash === -1 ? "" : address.slice(hash)}`;
}

/** What one page tells the renderer (through the render call's front matter) about the entry being rendered. */
export interface PageLinkContext {
  slug: string;
  /** The slugs the body already links to, so a mention never adds a second link to the same term. */
  links: readonly string[];
  /** The names to link where they are mentioned (see `pageMentionIndex`); absent when mentions are not linked. */
  mentions?: MentionIndex;
}

/**
 * Elements whose text is never turned into a link. Raw `<kbd>` is not among them: the validator's mention list
 * (src/core/graph/markdownMentions.ts) reads raw HTML tags as separate nodes, so it links text between them.
 */
const UNLINKED = new Set(["a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"]);

function pageContext(ctx: Pick<PluginFactoryContext, "data">): PageLinkContext | undefined {
  const astro = ctx.data.astro as { frontmatter?: { glossaryPage?: PageLinkContext } } | undefined;
  return astro?.frontmatter?.glossaryPage;
}

/**
 * A Sätteri HAST plugin that links the first mention of every other term in the body (never inside links, code or
 * headings, never the page's own term, never a term the body already links to). It runs before the link plugin,
 * which then treats the new links like any other.
 */
export function mentionLinksPlugin() {
  return (factory: PluginFactoryContext): HastPluginDefinition | undefined => {
    const page = pageContext(factory);
    if (!page?.mentions) return undefined;
    const linker = new MentionLinker(page.mentions, page.slug, page.links);
    return {
      name: "glossary-mention-links",
      text(node, ctx) {
        for (let parent = ctx.parent(node); parent && parent.type === "element"; parent = ctx.parent(parent)) {
          if (UNLINKED.has(parent.tagName)) return;
        }
        const mentions = linker.next(node.value);
        if (mentions.length === 0) return;
        const pieces: Parameters<typeof ctx.replaceNode>[1] = [];
        let at = 0;
        for (const mention of mentions) {
          if (mention.start > at) pieces.push({ type: "text", value: node.value.slice(at, mention.start) });
          pieces.push({
            type: "element",
            tagName: "a",
            properties: { href: `/${termPath(mention.slug)}`, className: ["mention"] },
            children: [{ type: "text", value: mention.text }],
          });
          at = mention.end;
        }
        if (at < node.value.length) pieces.push({ type: "text", value: node.value.slice(at) });
        ctx.replaceNode(node, pieces);
      },
    };
  };
}

/**
 * A Sätteri HAST plugin for links and images in entry bodies: root-relative addresses (`/terms/x/`,
 * `/images/x.png`) get the site's base path, links to entries get their preview, and links to other sites get
 * `rel="noopener noreferrer"`.
 */
export function linkAttributesPlugin(base: string, previews: ReadonlyMap<string, LinkPreview> = new Map()) {
  return {
    name: "glossary-link-attributes",
    element: {
      filter: ["a", "img"],
      visit(node, ctx) {
        const key = node.tagName === "img" ? "src" : "href";
        const address = node.properties?.[key];
        if (typeof address !== "string") return;
        if (key === "href" && leavesSite(address)) {
          ctx.setProperty(node, "rel", ["noopener", "noreferrer"]);
          return;
        }
        const slug = key === "href" ? linkedSlug(address) : undefined;
        const preview = slug === undefined ? undefined : previews.get(slug);
        let target = address;
        if (slug !== undefined && preview) {
          // The attributes src/client/termPreviews.ts reads; TermLink.astro writes the same on cards.
          ctx.setProperty(node, "dataPreview", "");
          if (preview.path) target = movedTermLink(address, preview.path);
          if (preview.hreflang) ctx.setProperty(node, "hrefLang", preview.hreflang);
        }
        const rebased = rebaseLink(base, target);
        if (rebased !== address) ctx.setProperty(node, key, rebased);
      },
    },
  } satisfies HastPluginDefinition;
}
