import type { HastPluginDefinition } from "satteri";
import { rebaseLink } from "../core/paths.ts";

/**
 * A Sätteri HAST plugin for links in entry bodies: root-relative links (`/terms/x/`) get the site's base path, and
 * links to other sites get `rel="noopener noreferrer"`.
 */
export function linkAttributesPlugin(base: string): HastPluginDefinition {
  return {
    name: "glossary-link-attributes",
    element: {
      filter: ["a"],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== "string") return;
        if (/^https?:\/\//i.test(href) || href.startsWith("//")) {
          ctx.setProperty(node, "rel", ["noopener", "noreferrer"]);
          return;
        }
        const rebased = rebaseLink(base, href);
        if (rebased !== href) ctx.setProperty(node, "href", rebased);
      },
    },
  };
}
