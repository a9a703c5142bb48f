import { analyseBody } from "../../../src/core/checks/body.ts";
import { tryParseMarkdown } from "../../../src/core/content/markdownTree.ts";
import { slugify } from "../../../src/core/content/slug.ts";
import { cutText } from "./frontMatter.ts";

/** A body converted for this project, with notes on what was changed or left. */
export interface ConvertedBody {
  body: string;
  notes: string[];
}

/** The imported terms links may lead to. */
export interface LinkTargets {
  /** Each name a link may use for a term (its slug, the slug its file name gives) to the term's slug. */
  slugs: ReadonlyMap<string, string>;
  /** Terms that are drafts, which a published page may not link to. */
  drafts: ReadonlySet<string>;
  /** The heading ids of each term's body, as the site computes them, for anchors. */
  headings: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The ids the site will give the headings of a Markdown body: the validator's own reading of it. */
export function headingIds(body: string): Set<string> {
  return analyseBody({ file: "", bodyLine: 1, body }, tryParseMarkdown(body)).headingIds;
}

/** Whether a link target is a web address, a protocol-relative one or an anchor on the same page. */
function isOffSite(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//") || target.startsWith("#");
}

/** The slug a link target names, when it looks like a link to another page of the same site; undefined otherwise. */
export function linkSlug(target: string): string | undefined {
  const url = target.trim();
  if (isOffSite(url)) return undefined;
  const path = url.split(/[?#]/)[0] ?? "";
  const parts = path.split("/").filter((part) => part !== "" && part !== "." && part !== "..");
  let last = parts.pop();
  if (last === undefined) return undefined;
  if (/^(?:index|_index)\.mdx?$/i.test(last)) last = parts.pop();
  if (last === undefined) return undefined;
  const name = last.replace(/\.(?:mdx?|html?)$/i, "").replace(/^\d{4}-\d{2}-\d{2}-/, "");
  return slugify(name) || undefined;
}

/**
 * The address a template expression in a link target stands for: Hugo's `ref`/`relref` shortcodes, Jekyll's
 * `link` and `post_url` tags, `{{ site.baseurl }}/x/` and `{{ '/x/' | relative_url }}`; undefined for any other.
 */
export function templateTarget(target: string): string | undefined {
  const text = target.trim();
  const hugo = /^\{\{[<%]\s*(?:rel)?ref\s+"?([^"\s]+)"?\s*[>%]\}\}$/.exec(text);
  if (hugo) return hugo[1];
  const jekyll = /^\{%-?\s*(?:link|post_url)\s+([^\s%]+)\s*-?%\}$/.exec(text);
  if (jekyll) return jekyll[1];
  const filter = /^\{\{-?\s*["']([^"']+)["']\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}$/.exec(text);
  if (filter) return filter[1];
  const prefixed = /^\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}(\/\S*)$/.exec(text);
  return prefixed?.[1];
}

/** The anchor part of a link target, with its `#`, or "". */
function anchorOf(target: string): string {
  const at = target.indexOf("#");
  return at > 0 ? target.slice(at) : "";
}

/** A link target written in Markdown: a template expression, an address in angle brackets, or a bare address. */
const TARGET = String.raw`\{\{.*?\}\}\S*|\{%.*?%\}|<[^>\n]*>|[^()\s]+(?:\([^()\s]*\)[^()\s]*)*`;

/** In one line: inline code (kept), an image, an inline link, a reference link (full or shortcut), or a template tag. */
const INLINE = new RegExp(
  [
    String.raw`(?<code>(\`+)[^\`]+?\2)`,
    String.raw`(?<image>!)?\[(?<label>[^\]\n]*)\]\(\s*(?<target>${TARGET})(?<title>\s+(?:"[^"]*"|'[^']*'))?\s*\)`,
    String.raw`\[(?<refLabel>[^\]\n]*)\]\[(?<ref>[^\]\n]*)\]`,
    String.raw`\[(?<shortcut>[^\]\n]+)\](?![(\[:])`,
    String.raw`(?<tag>\{\{[<%][\s\S]*?[>%]\}\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\})`,
  ].join("|"),
  "g",
);

/** A reference definition line: `[label]: address "title"`. */
const DEFINITION = /^ {0,3}\[([^\]\n]+)\]:\s*(\{\{.*?\}\}\S*|\{%.*?%\}|\S+)(.*)$/;

/** Markdown's normal form of a reference label: case and inner spaces do not matter. */
function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

/** What a link target becomes: a term link, the same address, or nothing (the text stays) with the reason. */
type Resolved = { to: string } | { dropped: string };

/**
 * Converts a body: drops an H1 equal to the title, removes MDX import/export lines, JSX component tags (their text
 * stays), admonition fences (`:::note`) and other template tags, rewrites links (inline and by reference) naming an
 * imported term to `/terms/<slug>/`, and unlinks the rest that lead within the old site or to a draft. Code is left
 * as it is.
 */
export function convertBody(body: string, title: string, targets: LinkTargets): ConvertedBody {
  const notes: string[] = [];
  const counts = { imports: 0, tags: 0, admonitions: 0 };
  const resolve = (raw: string): Resolved => {
    const target = raw.startsWith("<") && raw.endsWith(">") ? raw.slice(1, -1) : raw;
    const templated = target.startsWith("{") ? templateTarget(target) : target;
    if (templated === undefined) return { dropped: `link \`${target}\` is a template expression: link removed` };
    const name = linkSlug(templated);
    const slug = name === undefined ? undefined : targets.slugs.get(name);
    if (slug !== undefined && targets.drafts.has(slug)) {
      return {
        dropped: `link \`${templated}\` leads to a draft, which a published page may not link to: link removed, text kept`,
      };
    }
    if (slug !== undefined) {
      const anchor = anchorOf(templated);
      if (anchor === "" || targets.headings.get(slug)?.has(anchor.slice(1))) return { to: `/terms/${slug}/${anchor}` };
      notes.push(`link \`${templated}\`: \`${anchor}\` is no heading of ${slug}, so the link goes to its page`);
      return { to: `/terms/${slug}/` };
    }
    if (isOffSite(templated)) return { to: raw };
    return { dropped: `link \`${templated}\` names no imported term: link removed, text kept` };
  };
  const lines = body.split("\n");
  const kept: { text: string; code: boolean }[] = [];
  const definitions = new Map<string, Resolved>();
  let fence: string | undefined;
  let droppedH1 = false;
  for (const line of lines) {
    const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
    if (fenceMatch || fence !== undefined) {
      if (fenceMatch && fence === undefined) fence = fenceMatch[1];
      else if (fenceMatch?.[1]?.startsWith(fence ?? "")) fence = undefined;
      kept.push({ text: line, code: true });
      continue;
    }
    if (/^(?:import|export)\s/.test(line)) {
      counts.imports++;
      continue;
    }
    if (/^\s*:::/.test(line)) {
      counts.admonitions++;
      continue;
    }
    const h1 = /^#\s+(.*?)\s*#*\s*$/.exec(line);
    if (h1 && !droppedH1 && h1[1]?.trim().toLowerCase() === title.trim().toLowerCase()) {
      droppedH1 = true;
      continue;
    }
    const definition = DEFINITION.exec(line);
    if (definition) {
      const key = labelKey(definition[1] ?? "");
      const resolved = resolve(definition[2] ?? "");
      if (!definitions.has(key)) definitions.set(key, resolved);
      if ("to" in resolved)
        kept.push({ text: `[${definition[1]}]: ${resolved.to}${definition[3] ?? ""}`, code: false });
      else notes.push(resolved.dropped);
      continue;
    }
    const before = counts.tags;
    let text = line.replace(/<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>/g, () => {
      counts.tags++;
      return "";
    });
    // The text a component wrapped was indented for JSX; left indented it could read as a code block.
    if (counts.tags > before) text = text.trimStart();
    if (h1) text = text.replace(/^#\s/, "## ");
    kept.push({ text, code: false });
  }
  const convertLine = (line: string) =>
    line.replace(INLINE, (whole, ...args) => {
      const groups = args.at(-1) as Record<string, string | undefined>;
      if (groups.code !== undefined) return whole;
      if (groups.tag !== undefined) {
        notes.push(`template tag \`${groups.tag.slice(0, 60)}\` removed`);
        return "";
      }
      if (groups.ref !== undefined || groups.shortcut !== undefined) {
        const label = groups.refLabel ?? groups.shortcut ?? "";
        const resolved = definitions.get(labelKey(groups.ref || label));
        return resolved !== undefined && "dropped" in resolved ? label : whole;
      }
      const label = groups.label ?? "";
      const resolved = resolve(groups.target ?? "");
      if (groups.image !== undefined) {
        const target = groups.target ?? "";
        if (target.startsWith("/") && !target.startsWith("//")) {
          notes.push(`image \`${target}\` kept: copy the file to public${target} of the site`);
          return whole;
        }
        notes.push(
          `image \`${target}\` removed (its description kept): put the file under public/ and link it as /images/…`,
        );
        return label;
      }
      if ("to" in resolved) return `[${label}](${resolved.to}${groups.title ?? ""})`;
      notes.push(resolved.dropped);
      return label;
    });
  const result = kept
    .map((line) => (line.code ? line.text : convertLine(line.text)))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (counts.imports > 0) notes.push(`${counts.imports} MDX import/export line(s) removed`);
  if (counts.tags > 0) notes.push(`${counts.tags} JSX component tag(s) removed (their text kept)`);
  if (counts.admonitions > 0)
    notes.push(`${counts.admonitions} admonition fence line(s) (\`:::\`) removed (their text kept)`);
  if (droppedH1) notes.push("level-1 heading repeating the title removed");
  return { body: result === "" ? "" : `${result}\n`, notes };
}

/** The first sentence of a Markdown body as plain text, at most 280 characters; undefined when there is none. */
export function firstSentence(body: string): string | undefined {
  for (const block of body.split(/\n\s*\n/)) {
    const trimmed = block.trim();
    if (trimmed === "" || /^(?:#|```|~~~|>|\||<|[-*+]\s|\d+\.\s|!\[|\[[^\]]+\]:)/.test(trimmed)) continue;
    const plain = trimmed
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
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
