import Slugger from "github-slugger";
import type { HastPluginDefinition } from "satteri";
import type { Messages } from "../i18n/messages.ts";

/**
 * A Sätteri HAST plugin that gives every body heading its id (github-slugger over the heading text, exactly what
 * rehype-slug does) and a visible "#" link to it, labelled in the page's language. A new slugger per document keeps
 * repeated headings `-1`, `-2`.
 */
export function headingAnchorsPlugin(messages: Messages): () => HastPluginDefinition {
  return () => {
    const slugger = new Slugger();
    return {
      name: "glossary-heading-anchors",
      element: {
        filter: ["h1", "h2", "h3", "h4", "h5", "h6"],
        visit(node, ctx) {
          const text = ctx.textContent(node);
          const existing = node.properties?.id;
          const id = typeof existing === "string" ? existing : slugger.slug(text);
          ctx.setProperty(node, "id", id);
          ctx.appendChild(node, {
            type: "element",
            tagName: "a",
            properties: {
              href: `#${id}`,
              className: ["heading-anchor"],
              ariaLabel: messages.text("term.sectionLink", { section: text }),
            },
            children: [{ type: "text", value: "#" }],
          });
        },
      },
    };
  };
}
