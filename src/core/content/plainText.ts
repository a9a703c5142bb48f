import { toString as mdastToString } from "mdast-util-to-string";
import { remark } from "remark";

const parser = remark();

/** The readable text of a Markdown body, blocks separated by blank lines: what a search index should see. */
export function markdownToPlainText(markdown: string): string {
  const tree = parser.parse(markdown);
  return tree.children
    .map((node) => mdastToString(node))
    .filter(Boolean)
    .join("\n\n");
}
