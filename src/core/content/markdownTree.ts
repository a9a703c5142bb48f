import type { Nodes, Root } from "mdast";
import { markdownToMdast } from "satteri";
import type { Position } from "../checks/problem.ts";

/**
 * Parses a Markdown body into an mdast tree (the same tree shape remark produces, with positions) using Sätteri,
 * the parser the site renders with: ten times faster than remark on large glossaries (see docs/architecture.md). Front matter is
 * not a Markdown feature here: the entry's own front matter is already split off, so a `---` block further down is
 * body text, exactly as the renderer shows it.
 */
export function parseMarkdown(markdown: string): Root {
  return markdownToMdast(markdown, { features: { frontmatter: false } }) as unknown as Root;
}

/**
 * `parseMarkdown`, or nothing when the parser fails on the text: it has limits of its own (tens of thousands of
 * character references such as `&amp;` in one paragraph exhaust its memory), and a body it cannot read is a problem
 * to report, not a crash.
 */
export function tryParseMarkdown(markdown: string): Root | undefined {
  try {
    return parseMarkdown(markdown);
  } catch {
    return undefined;
  }
}

/** A node met by `walkTree`, with how many ancestors it has (the root has none). */
export interface WalkedNode<N> {
  node: N;
  depth: number;
}

/**
 * Every node of a unist tree (mdast or hast) in document order (depth-first, parents before children), without
 * recursion: no nesting, however deep, can overflow the stack. `skip` leaves out a node and everything inside it.
 * `N` is the type of the tree's nodes (mdast `Nodes`, hast `Nodes`).
 */
export function* walkTree<N extends { type: string }>(
  root: N,
  skip: (node: N) => boolean = () => false,
): Generator<WalkedNode<N>> {
  const stack: WalkedNode<N>[] = [{ node: root, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (skip(next.node)) continue;
    yield next;
    if (!("children" in next.node)) continue;
    const children = next.node.children as N[];
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({ node: children[index] as N, depth: next.depth + 1 });
    }
  }
}

/**
 * The text of a node as the page shows it (text and code values; no image alt text, no raw HTML tags, whose content
 * is text nodes of its own), without recursion: what heading ids are made from.
 */
export function textOf(node: Nodes): string {
  let text = "";
  for (const { node: inner } of walkTree<Nodes>(node)) {
    if (inner.type !== "html" && "value" in inner && typeof inner.value === "string") text += inner.value;
  }
  return text;
}

/**
 * The file positions of offsets into a text node's value that starts at `start`, for offsets asked in ascending
 * order: each call counts only the newlines since the last, so locating every match in a text is one pass over it.
 */
export function textLocator(value: string, start: Position): (offset: number) => Position {
  let line = start.line;
  /** The offset just after the last newline counted, or -1 while still on the node's first line. */
  let lineStart = -1;
  let scanned = 0;
  return (offset) => {
    for (let at = value.indexOf("\n", scanned); at !== -1 && at < offset; at = value.indexOf("\n", at + 1)) {
      line++;
      lineStart = at + 1;
    }
    scanned = Math.max(scanned, offset);
    return { line, column: lineStart < 0 ? start.column + offset : offset - lineStart + 1 };
  };
}
