import Slugger from "github-slugger";
import type { Nodes as HtmlNodes } from "hast";
import type { Nodes, Root } from "mdast";
import { markdownToHast } from "satteri";
import type { Entry } from "../content/entry.ts";
import { textLocator, textOf, walkTree } from "../content/markdownTree.ts";
import { PAGE_ANCHORS } from "./bodyLinks.ts";
import { type DroppedHtml, droppedRawHtml, keepsAddress, RAW_HTML_TAGS } from "./htmlAllowlist.ts";
import { BIDI_CONTROL_MESSAGE, hasBidiControl } from "./names.ts";
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

/**
 * The deepest nesting a body may have, in Markdown nodes (a list inside a list is two levels), and in elements once
 * its raw HTML is read: far beyond any real entry, and low enough that every tool that walks the tree recursively
 * (the sanitizer, search, the browser) is safe and Sätteri takes the sanitized tree back (it refuses more than 128).
 */
const MAX_BODY_DEPTH = 100;

/** Ids of the page around a body (its landmarks, its own headings, footnotes, the link preview): no heading may take one. */
const RESERVED_IDS: readonly string[] = [...PAGE_ANCHORS, "footnote-label", "term-preview"];

/** What raw HTML may be, derived from the allowlist, for the messages. */
const RAW_HTML_RULE = `only ${RAW_HTML_TAGS.map((tag) => `<${tag}>`).join(", ")} without attributes, and comments, are allowed`;

/** The Markdown that writes what an HTML element would, for the elements contributors reach for. */
const MARKDOWN_FOR: Record<string, string> = {
  a: "`[text](/terms/slug/)`",
  img: "`![description](/images/file.png)` with the file under public/",
  b: "`**text**`",
  strong: "`**text**`",
  i: "`*text*`",
  em: "`*text*`",
  s: "`~~text~~`",
  del: "`~~text~~`",
  code: "text between backticks",
  pre: "a fenced code block (```)",
  blockquote: "`> text`",
  hr: "`---`",
  ul: "`- item` lines",
  ol: "`1. item` lines",
  li: "`- item`",
  table: "a table of `| cell |` rows",
  p: "a blank line between paragraphs",
  ...Object.fromEntries([2, 3, 4, 5, 6].map((level) => [`h${level}`, `\`${"#".repeat(level)} Heading\``])),
};

/**
 * Template syntax of other site generators left in text (Hugo and Jekyll shortcodes, Liquid tags, wiki links): the
 * whole tag when it closes on the same line, else its opening.
 */
const TEMPLATE_SYNTAX = /\{\{[^\n]{0,80}?\}\}|\{%[^\n]{0,80}?%\}|\[\[[^\n]{0,80}?\]\]|\{\{|\{%|\[\[/g;

/** The warning for template syntax left in a text: what it is, and how to write it here. */
function templateSyntaxMessage(found: string): string {
  const fix = found.startsWith("[[")
    ? "looks like a wiki link, which this site publishes as literal text: write it as `[text](/terms/slug/)`"
    : "looks like a shortcode or tag of another site generator, which this site publishes as literal text: write it in Markdown (a link is `[text](/terms/slug/)`), or put it between backticks if it is an example";
  return `\`${found}\` ${fix}`;
}

/** The raw-html problem for something of a piece of raw HTML the renderer drops, with the fix. */
function rawHtmlMessage({ tag, attribute }: DroppedHtml): string {
  if (attribute !== undefined) {
    return `raw HTML \`<${tag} ${attribute}>\` is not rendered as written: remove \`${attribute}\` (${RAW_HTML_RULE})`;
  }
  const markdown = MARKDOWN_FOR[tag];
  const fix = markdown === undefined ? "remove it, or write it in Markdown" : `write it in Markdown, ${markdown}`;
  return `raw HTML \`<${tag}>\` is not rendered: ${fix} (${RAW_HTML_RULE})`;
}

/** How deeply a body nests as the renderer reads it, raw HTML included (a tag left open holds all that follows). */
function renderedDepth(markdown: string): number {
  let deepest = 0;
  const root = markdownToHast(markdown, { features: { rawHtml: true, frontmatter: false }, position: false });
  for (const { depth } of walkTree<HtmlNodes>(root as HtmlNodes)) deepest = Math.max(deepest, depth);
  return deepest;
}

/**
 * Checks an entry's body on its Markdown tree (undefined when the parser could not read it, itself a problem): not empty, no level-1 heading (the page has one), no skipped heading
 * levels, no raw HTML the renderer would not keep as written (`droppedRawHtml`), no image from another site; warns about template syntax left in text (outside code); and
 * collects its heading ids and links for the cross-entry checks.
 */
export function analyseBody(entry: Pick<Entry, "file" | "bodyLine" | "body">, tree: Root | undefined): BodyFacts {
  const problems: Problem[] = [];
  if (!tree) {
    const message =
      "the Markdown parser cannot read this body (it runs out of memory on it): split very long paragraphs, especially long runs of character references such as `&amp;`";
    problems.push({
      file: entry.file,
      position: { line: entry.bodyLine, column: 1 },
      message,
      rule: "body-unparsable",
      severity: "error",
    });
    return { headingIds: new Set(), links: [], problems };
  }
  const headingIds = new Set<string>();
  const links: BodyLink[] = [];
  const slugger = new Slugger();
  const at = (node: Nodes): Position => ({
    line: (node.position?.start.line ?? 1) + entry.bodyLine - 1,
    column: node.position?.start.column ?? 1,
  });
  const report = (node: Nodes, message: string, rule: string) =>
    problems.push({ file: entry.file, position: at(node), message, rule, severity: "error" });
  const reportRemoteImage = (node: Nodes, url: string) => {
    const name = URL.parse(url, "http://site.invalid/")?.pathname.split("/").pop() || "file.png";
    report(
      node,
      `\`${url.slice(0, 60)}\` is an image on another site: put the file under public/ and use its site path, e.g. \`/images/${name}\` (the Content-Security-Policy blocks other hosts, and a remote image sees every reader and breaks when moved)`,
      "image-remote",
    );
  };
  /** Reports an image address the renderer would not keep: on another site, or not a path from the site's root. */
  const checkImage = (node: Nodes, url: string) => {
    if (keepsAddress("img", url)) return;
    if (URL.canParse(url) || url.startsWith("//")) reportRemoteImage(node, url);
    else {
      const message = `\`${url.slice(0, 60)}\` is not a path from the site's root: write it as \`/${url.replace(/^(\.\/)+/, "").slice(0, 60)}\`, for a file under public/ (a relative path would change meaning from page to page)`;
      report(node, message, "image-path");
    }
  };
  const definitions = new Map<string, string>();
  const imageReferences: Extract<Nodes, { type: "imageReference" }>[] = [];
  const rawHtml = new Map<string, DroppedHtml[]>();
  let firstHtml: Nodes | undefined;
  let depth = 1;
  let content = false;
  let tooDeep = false;
  for (const { node, depth: nesting } of walkTree<Nodes>(tree)) {
    if (nesting > MAX_BODY_DEPTH) {
      report(node, `nests more than ${MAX_BODY_DEPTH} levels deep: flatten the lists or quotes`, "body-too-deep");
      tooDeep = true;
      break;
    }
    if ((node.type === "text" || node.type === "inlineCode" || node.type === "code") && hasBidiControl(node.value)) {
      report(node, BIDI_CONTROL_MESSAGE, "bidi-control");
    }
    if (node.type === "text") {
      const locate = textLocator(node.value, at(node));
      for (const found of node.value.matchAll(TEMPLATE_SYNTAX)) {
        const message = templateSyntaxMessage(found[0]);
        const position = locate(found.index);
        problems.push({ file: entry.file, position, message, rule: "template-syntax", severity: "warning" });
      }
    }
    if (node.type === "heading") {
      const id = slugger.slug(textOf(node));
      headingIds.add(id);
      if (RESERVED_IDS.includes(id)) {
        report(
          node,
          `this heading's id would be \`${id}\`, which the page already uses for its own part: reword the heading`,
          "heading-id-taken",
        );
      }
      if (node.depth === 1) {
        report(node, "a level-1 heading repeats the page title: start sections at `##`", "heading-h1");
      } else if (node.depth > depth + 1) {
        const wanted = "#".repeat(depth + 1);
        report(node, `heading jumps from level ${depth} to ${node.depth}: use \`${wanted}\` here`, "heading-skip");
      }
      depth = node.depth;
    } else if (node.type === "link" || node.type === "definition" || node.type === "image") {
      if (!keepsAddress("a", node.url)) {
        report(
          node,
          `\`${node.url.slice(0, 40)}\` is not a web address: links and images may use http, https or mailto (in lowercase) or a site path`,
          "unsafe-url",
        );
      } else if (node.type === "image") {
        checkImage(node, node.url);
      } else {
        links.push({ url: node.url, position: at(node) });
        // The first definition of a label is the one Markdown uses.
        if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
      }
    } else if (node.type === "imageReference") {
      imageReferences.push(node);
    } else if (node.type === "html") {
      firstHtml ??= node;
      // Tags repeat (`<kbd>`, `</kbd>`), so each distinct piece is read once.
      const dropped = rawHtml.get(node.value) ?? droppedRawHtml(node.value);
      rawHtml.set(node.value, dropped);
      for (const piece of dropped) report(node, rawHtmlMessage(piece), "raw-html");
    }
    // A comment shows nothing, but an HTML block that holds more than comments does (`<!-- x --> <kbd>K</kbd>`).
    if (node.type === "html" ? node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, "").trim() !== "" : node.type !== "root") {
      content = true;
    }
  }
  for (const node of imageReferences) {
    const url = definitions.get(node.identifier);
    if (url !== undefined && keepsAddress("a", url)) checkImage(node, url);
  }
  if (firstHtml && !tooDeep && renderedDepth(entry.body) > MAX_BODY_DEPTH) {
    report(
      firstHtml,
      `nests more than ${MAX_BODY_DEPTH} levels deep with its raw HTML: close every tag you open, and flatten the lists or quotes`,
      "body-too-deep",
    );
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
