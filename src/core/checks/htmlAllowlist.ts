import type { Nodes } from "hast";
import { type Schema, sanitize } from "hast-util-sanitize";
import { normalizeUri } from "micromark-util-sanitize-uri";
import { htmlToHast } from "satteri";
import { walkTree } from "../content/markdownTree.ts";

/** The tags an entry may write as raw HTML, without attributes: formatting Markdown cannot express. */
export const RAW_HTML_TAGS: readonly string[] = ["kbd", "sub", "sup", "mark", "br"];

/** A made-up origin to read relative addresses against: one that stays on it is a path of this site. */
const SITE = new URL("http://site.invalid/");

/**
 * Whether an address stays on this site: a path (`/images/x.png`, `x.png`, `#part`, `?q`), not an address with a
 * scheme (`https:`, `data:`) or another host (`//host/x`, `\\host\x`). It is read with the WHATWG URL parser, as a
 * browser reads it, so tabs, newlines and backslashes cannot disguise a host or a scheme.
 */
export function isSitePath(url: string): boolean {
  return !URL.canParse(url) && URL.parse(url, SITE)?.host === SITE.host;
}

/**
 * Whether a link leads to another site over the web: an http or https address of another host, however it is written
 * (`https://host/`, `//host/`, `http:host`, which a browser on an https page reads as `http://host/`).
 */
export function leavesSite(url: string): boolean {
  const address = URL.parse(url) ?? URL.parse(url, SITE);
  return address !== null && ["http:", "https:"].includes(address.protocol) && address.host !== SITE.host;
}

/**
 * Whether an image address is a path from the site's root (`/images/x.png`): the only image addresses bodies keep.
 * A relative one (`x.png`) would resolve against each page's own address, and Astro's renderer turns it into a
 * marker for an image pipeline the bodies do not go through, so it never shows.
 */
function isRootPath(url: string): boolean {
  return url.startsWith("/") && isSitePath(url);
}

/** `isRootPath` in the shape hast-util-sanitize accepts as an allowed value: a RegExp, whose `test` it calls. */
const ROOT_PATH: RegExp = Object.assign(/(?:)/, { test: isRootPath });

/**
 * Everything an entry's rendered body may contain, for hast-util-sanitize: the elements and attributes Sätteri
 * writes for Markdown (GFM tables, task lists, footnotes, Prism's code tokens), plus the raw HTML tags. The site's
 * own plugins add heading ids and anchors, mention links, previews and `rel` after the sanitizer has run.
 *
 * - Link addresses are http, https, mailto or relative; image addresses only paths of this site (the
 *   Content-Security-Policy blocks other hosts). Any other address is dropped, its element kept.
 * - Ids are only the footnotes' (Sätteri already prefixes them with `user-content-`, so they cannot clobber the
 *   page's own names); the sanitizer's clobber prefix is off because it would break the footnote links.
 * - Table cells keep the one inline style Markdown writes, their alignment.
 * - An element not listed is replaced by its content; the content of those in `strip` (script, style, frames…)
 *   is dropped with them.
 */
export const BODY_HTML_SCHEMA = {
  tagNames: [
    ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "br", "ul", "ol", "li", "input"],
    ...["em", "strong", "del", "code", "pre", "span", "a", "img", "section"],
    ...["table", "thead", "tbody", "tr", "th", "td"],
    ...["kbd", "sub", "sup", "mark"],
  ],
  attributes: {
    a: [
      "href",
      "title",
      ["id", /^user-content-fnref-/],
      ["ariaDescribedBy", "footnote-label"],
      "ariaLabel",
      "dataFootnoteRef",
      "dataFootnoteBackref",
      ["className", "data-footnote-backref"],
    ],
    img: [["src", ROOT_PATH], "alt", "title"],
    ol: ["start", ["className", "contains-task-list"]],
    ul: [["className", "contains-task-list"]],
    li: [
      ["className", "task-list-item"],
      ["id", /^user-content-fn-/],
    ],
    input: [
      ["type", "checkbox"],
      ["checked", true],
      ["disabled", true],
    ],
    section: ["dataFootnotes", ["className", "footnotes"]],
    h2: [
      ["className", "sr-only"],
      ["id", "footnote-label"],
    ],
    pre: [["className", /^language-/], "dataLanguage"],
    code: [["className", /^language-/]],
    span: [["className", /^[\w-]+$/]],
    th: [["style", /^text-align: (?:left|center|right)$/]],
    td: [["style", /^text-align: (?:left|center|right)$/]],
  },
  required: { input: { type: "checkbox", disabled: true } },
  ancestors: {
    input: ["li"],
    span: ["code"],
    ...Object.fromEntries(["thead", "tbody", "tr", "th", "td"].map((tag) => [tag, ["table"]])),
  },
  protocols: { href: ["http", "https", "mailto"] },
  clobber: [],
  clobberPrefix: "",
  strip: [
    ...["script", "style", "template", "noscript", "title", "textarea", "select", "xmp", "plaintext"],
    ...["iframe", "frame", "frameset", "noframes", "object", "embed", "applet", "noembed", "svg", "math"],
  ],
  allowComments: true,
  allowDoctypes: false,
} satisfies Schema;

/**
 * The raw HTML an entry may write: the `RAW_HTML_TAGS` among the body's elements, without any attribute, and
 * comments. Derived from `BODY_HTML_SCHEMA`, so whatever it accepts the renderer keeps unchanged.
 */
export const RAW_HTML_SCHEMA = {
  ...BODY_HTML_SCHEMA,
  tagNames: BODY_HTML_SCHEMA.tagNames.filter((tag) => RAW_HTML_TAGS.includes(tag)),
  attributes: {},
  required: {},
  ancestors: {},
} satisfies Schema;

/** The hast property names whose attribute is not simply the name in lower case. */
const ATTRIBUTES: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  httpEquiv: "http-equiv",
  xLinkHref: "xlink:href",
};

/** An attribute's name as written in HTML, from its hast property name (`onClick` → `onclick`, `dataX` → `data-x`). */
export function attributeName(property: string): string {
  if (/^data[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  return ATTRIBUTES[property] ?? property.toLowerCase();
}

/** Something of a piece of raw HTML the renderer would not keep: an element, or one attribute of a kept element. */
export interface DroppedHtml {
  tag: string;
  attribute?: string;
}

/**
 * What of a piece of raw HTML the renderer would not keep as written, by `RAW_HTML_SCHEMA`: each element it drops
 * (`<img>`), and each attribute it drops from an element it keeps (`<kbd onclick>`), once each, in document order.
 * Each element is put to the sanitizer on its own, so the rule is the sanitizer's, not a copy of it.
 */
export function droppedRawHtml(html: string): DroppedHtml[] {
  const dropped = new Map<string, DroppedHtml>();
  for (const { node } of walkTree<Nodes>(htmlToHast(html, { fragment: true }) as Nodes)) {
    if (node.type !== "element") continue;
    const { tagName: tag, properties } = node;
    const kept = sanitize({ type: "element", tagName: tag, properties, children: [] }, RAW_HTML_SCHEMA);
    if (kept.type !== "element") {
      dropped.set(`<${tag}>`, { tag });
      continue;
    }
    for (const property of Object.keys(properties)) {
      const attribute = attributeName(property);
      if (!(property in kept.properties)) dropped.set(`<${tag} ${attribute}>`, { tag, attribute });
    }
  }
  return [...dropped.values()];
}

/**
 * Whether the renderer keeps the address of a Markdown link (`a`) or image (`img`): the address as Markdown writes
 * it into the page (percent-encoded, as micromark and Sätteri do), put to the same sanitizer. So the validator's
 * `unsafe-url` and `image-remote` are the sanitizer's decision (`HTTPS:`, `http ://`, `java\tscript:` included).
 */
export function keepsAddress(tag: "a" | "img", url: string): boolean {
  const property = tag === "a" ? "href" : "src";
  const element: Nodes = { type: "element", tagName: tag, properties: { [property]: normalizeUri(url) }, children: [] };
  const kept = sanitize({ type: "root", children: [element] }, BODY_HTML_SCHEMA);
  const first = "children" in kept ? kept.children[0] : undefined;
  return first?.type === "element" && first.properties[property] !== undefined;
}
