import { slugify } from "../../../src/core/content/slug.ts";
import { cutText } from "./frontMatter.ts";

/** A body converted for this project, with notes on what was changed or left. */
export interface ConvertedBody {
  body: string;
  notes: string[];
}

/** The slug a link target names, when it looks like a link to another page of the same site; undefined otherwise. */
export function linkSlug(target: string): string | undefined {
  const url = target.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//") || url.startsWith("#")) return undefined;
  const path = url.split(/[?#]/)[0] ?? "";
  const parts = path.split("/").filter((part) => part !== "" && part !== "." && part !== "..");
  let last = parts.pop();
  if (last === undefined) return undefined;
  if (/^(?:index|_index)\.mdx?$/i.test(last)) last = parts.pop();
  if (last === undefined) return undefined;
  const name = last.replace(/\.(?:mdx?|html?)$/i, "");
  return slugify(name) || undefined;
}

/** A Hugo `ref`/`relref` shortcode's target, when `text` is one. */
function shortcodeTarget(text: string): string | undefined {
  return /^\{\{[<%]\s*(?:rel)?ref\s+"?([^"\s]+)"?\s*[>%]\}\}$/.exec(text.trim())?.[1];
}

/** The anchor part of a link target, with its `#`, or "". */
function anchorOf(target: string): string {
  const at = target.indexOf("#");
  return at > 0 ? target.slice(at) : "";
}

/**
 * Converts a body: drops an H1 equal to the title, removes MDX import/export lines and JSX component tags (their
 * text stays), removes other Hugo shortcodes, and rewrites links naming an imported term to `/terms/<slug>/`.
 */
export function convertBody(body: string, title: string, slugs: ReadonlySet<string>): ConvertedBody {
  const notes: string[] = [];
  const lines = body.split("\n");
  const out: string[] = [];
  let fence: string | undefined;
  let droppedImports = 0;
  let droppedTags = 0;
  let droppedH1 = false;
  for (const line of lines) {
    const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1];
      else if (fenceMatch[1]?.startsWith(fence)) fence = undefined;
      out.push(line);
      continue;
    }
    if (fence !== undefined) {
      out.push(line);
      continue;
    }
    if (/^(?:import|export)\s/.test(line)) {
      droppedImports++;
      continue;
    }
    const h1 = /^#\s+(.*?)\s*#*\s*$/.exec(line);
    if (h1 && !droppedH1 && h1[1]?.trim().toLowerCase() === title.trim().toLowerCase()) {
      droppedH1 = true;
      continue;
    }
    let text = line.replace(/<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>/g, () => {
      droppedTags++;
      return "";
    });
    if (h1) text = text.replace(/^#\s/, "## ");
    out.push(text);
  }
  let result = out.join("\n");
  result = result.replace(
    /\[([^\]\n]*)\]\(\s*(\{\{[<%].*?[>%]\}\}|[^)\s]+)(\s+"[^"]*")?\s*\)/g,
    (whole, label, target) => {
      const ref = shortcodeTarget(target);
      const raw = ref ?? target;
      if (ref === undefined && target.startsWith("{{")) {
        notes.push(`link \`${target}\` is a shortcode that is not a ref: link removed, text kept`);
        return label;
      }
      const slug = linkSlug(raw);
      if (slug !== undefined && slugs.has(slug)) return `[${label}](/terms/${slug}/${anchorOf(raw)})`;
      if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("#")) return whole;
      notes.push(`link \`${raw}\` names no imported term: link removed, text kept`);
      return label;
    },
  );
  result = result.replace(/\{\{[<%][\s\S]*?[>%]\}\}/g, (shortcode) => {
    notes.push(`shortcode \`${shortcode.slice(0, 60)}\` removed`);
    return "";
  });
  if (droppedImports > 0) notes.push(`${droppedImports} MDX import/export line(s) removed`);
  if (droppedTags > 0) notes.push(`${droppedTags} JSX component tag(s) removed (their text kept)`);
  if (droppedH1) notes.push("level-1 heading repeating the title removed");
  result = result.replace(/\n{3,}/g, "\n\n").trim();
  return { body: result === "" ? "" : `${result}\n`, notes };
}

/** The first sentence of a Markdown body as plain text, at most 280 characters; undefined when there is none. */
export function firstSentence(body: string): string | undefined {
  for (const block of body.split(/\n\s*\n/)) {
    const trimmed = block.trim();
    if (trimmed === "" || /^(?:#|```|~~~|>|\||<|[-*+]\s|\d+\.\s|!\[)/.test(trimmed)) continue;
    const plain = trimmed
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[*_`~]+/g, "")
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, " ")
      .trim();
    if (plain === "") continue;
    const sentence = /^.*?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain;
    return cutText(sentence);
  }
  return undefined;
}
