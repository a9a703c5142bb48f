import { rebaseLink } from "../core/paths.ts";

interface HastElement {
  properties?: Record<string, unknown>;
}

interface VisitContext {
  setProperty(node: HastElement, key: string, value: unknown): void;
}

/**
 * A Sätteri HAST plugin for links in entry bodies: root-relative links (`/terms/x/`) get the site's base path, and
 * links to other sites get `rel="noopener noreferrer"`.
 */
export function linkAttributesPlugin(base: string) {
  return {
    name: "glossary-link-attributes",
    element: {
      filter: ["a"],
      visit(node: HastElement, ctx: VisitContext) {
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
