import Slugger from "github-slugger";
import type { Nodes, Root } from "mdast";
import type { Entry } from "../content/entry.ts";
import { textOf, walkTree } from "../content/markdownTree.ts";
import type { Position, Problem } from "./problem.ts";

/** A link written in an entry's body, with its position in the file. */
export interface BodyLink {
  url: string;
  position: Position;
}

/** What an entry's body holds that other checks need: its heading ids and its links; and its own problems. */
export interface BodyFacts {
  /** The ids the site gives the body's headings (github-slugger over the heading text, as rehype-slug does). */
  headingIds: Set<string>;
  links: BodyLink[];
  problems: Problem[];
}

/** Inline tags an entry may use as raw HTML: formatting with no attributes, which Markdown cannot express. */
export const ALLOWED_HTML = /^<\/?(kbd|sub|sup|mark|br)\s*\/?>$|^<!--[\s\S]*-->$/i;

/** Tells whether a link or image address is safe to publish: relative, or http, https or mailto. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\p{Cc}\s]/gu, ""))?.[1]?.toLowerCase();
  return scheme === undefined || ["http", "https", "mailto"].includes(scheme);
}

/**
 * The deepest nesting a body may have, in Markdown nodes (a list inside a list is two levels): far beyond any real
 * entry, and low enough that every tool that walks the tree recursively (the sanitizer, search, the browser) is safe.
 */
export const MAX_BODY_DEPTH = 100;

/**
 * Checks an entry's body on its Markdown tree: not empty, no level-1 heading (the page has one), no skipped heading
 * levels, no raw HTML the site does not render; and collects its heading ids and links for the cross-entry checks.
 */
export function analyseBody(entry: Pick<Entry, "file" | "bodyLine">, tree: Root): BodyFacts {
  const problems: Problem[] = [];
  const headingIds = new Set<string>();
  const links: BodyLink[] = [];
  const slugger = new Slugger();
  const at = (node: Nodes): Position => ({
    line: (node.position?.start.line ?? 1) + entry.bodyLine - 1,
    column: node.position?.start.column ?? 1,
  });
  const report = (node: Nodes, message: string, rule: string) =>
    problems.push({ file: entry.file, position: at(node), message, rule, severity: "error" });
  let depth = 1;
  let content = false;
  for (const { node, depth: nesting } of walkTree(tree)) {
    if (nesting > MAX_BODY_DEPTH) {
      report(node, `nests more than ${MAX_BODY_DEPTH} levels deep: flatten the lists or quotes`, "body-too-deep");
      break;
    }
    if (node.type === "heading") {
      headingIds.add(slugger.slug(textOf(node)));
      if (node.depth === 1) {
        report(node, "a level-1 heading repeats the page title: start sections at `##`", "heading-h1");
      } else if (node.depth > depth + 1) {
        const wanted = "#".repeat(depth + 1);
        report(node, `heading jumps from level ${depth} to ${node.depth}: use \`${wanted}\` here`, "heading-skip");
      }
      depth = node.depth;
    } else if (node.type === "link" || node.type === "definition" || node.type === "image") {
      if (!isSafeUrl(node.url)) {
        report(
          node,
          `\`${node.url.slice(0, 40)}\` is not a web address: links and images may use http, https, mailto or a site path`,
          "unsafe-url",
        );
      } else if (node.type !== "image") {
        links.push({ url: node.url, position: at(node) });
      }
    } else if (node.type === "html" && !ALLOWED_HTML.test(node.value.trim()) && !node.value.startsWith("</")) {
      const tag = /^<\/?[a-z][\w-]*/i.exec(node.value.trim())?.[0] ?? node.value.trim().slice(0, 20);
      report(
        node,
        `raw HTML \`${tag}${tag.startsWith("<") ? ">" : ""}\` is not rendered: write it in Markdown (only <kbd>, <sub>, <sup>, <mark>, <br> and comments are allowed)`,
        "raw-html",
      );
    }
    if (node.type !== "root" && !(node.type === "html" && node.value.trim().startsWith("<!--"))) content = true;
  }
  if (!content) {
    problems.push({
      file: entry.file,
      position: { line: entry.bodyLine, column: 1 },
      message: "the body is empty: explain the term in a few sections (why it matters, how it works, an example)",
      rule: "body-empty",
      severity: "error",
    });
  }
  return { headingIds, links, problems };
}
