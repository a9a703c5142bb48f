import { rebaseLink } from "../core/paths.ts";

/** A Sätteri HAST plugin that makes root-relative links in entry bodies work when the site has a `base` path. */
export function rebaseLinksPlugin(base: string) {
  return {
    name: "glossary-rebase-links",
    element: {
      filter: ["a"],
      visit(
        node: { properties?: Record<string, unknown> },
        ctx: { setProperty(node: unknown, key: string, value: unknown): void },
      ) {
        const href = node.properties?.href;
        if (typeof href !== "string") return;
        const rebased = rebaseLink(base, href);
        if (rebased !== href) ctx.setProperty(node, "href", rebased);
      },
    },
  };
}
