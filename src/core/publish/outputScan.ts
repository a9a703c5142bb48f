import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import type { Element, Nodes, Properties } from "hast";
import { htmlToHast } from "satteri";
import { attributeName, isSitePath, leavesSite } from "../checks/htmlAllowlist.ts";
import { displayRoot } from "../checks/problem.ts";
import type { Glossary } from "../content/glossary.ts";
import { aliasRedirects } from "../graph/aliases.ts";
import { termPath } from "./paths.ts";

/** Elements no page of the site holds: they load other pages or code, reset addresses, post data, or restyle. */
const FORBIDDEN_ELEMENTS = new Set([
  ...["base", "iframe", "frame", "frameset", "portal", "fencedframe"],
  ...["object", "embed", "applet", "form", "style"],
]);

/** Properties (hast names) that hold addresses a browser loads or follows, SVG animation values included. */
const ADDRESSES = new Set([
  ...["href", "src", "action", "formAction", "xLinkHref", "srcSet", "imageSrcSet", "poster", "data", "background"],
  ...["ping", "cite", "codeBase", "manifest", "longDesc", "lowsrc", "dynsrc", "to", "from", "values", "by"],
]);

/** An address that runs script or smuggles in a document, however it is spelt (case, tabs, newlines, lists). */
const SCRIPT_ADDRESS = /(?:^|[,;])(?:javascript|data|vbscript):/;

/**
 * Whether a script is one the site writes: its own modules (`type="module"`, an empty element whose `src` is under
 * `<base>_astro/`) or JSON-LD (`application/ld+json` that parses and holds no `<`, so it cannot close its element).
 */
function ownScript(element: Element, base: string): "module" | "data" | undefined {
  const type = String(element.properties.type ?? "");
  const src = String(element.properties.src ?? "");
  const code = textOf(element);
  if (type === "module" && src.startsWith(`${base}_astro/`) && element.children.length === 0) return "module";
  if (type !== "application/ld+json" || src !== "" || code.includes("<")) return undefined;
  try {
    JSON.parse(code);
    return "data";
  } catch {
    return undefined;
  }
}

/** The text inside an element (a script's code), from its text children. */
function textOf(element: Element): string {
  return element.children.map((child) => (child.type === "text" ? child.value : "")).join("");
}

/** A value of a property as text: lists (class, rel, ping) joined. */
function text(value: Properties[string]): string {
  return Array.isArray(value) ? value.join(",") : String(value ?? "");
}

/** How an element starts, shortened, for a finding: `<a href="javascript:alert(1)">`. */
function opening(element: Element): string {
  const attributes = Object.entries(element.properties).map(
    ([name, value]) => ` ${attributeName(name)}="${text(value).slice(0, 40)}"`,
  );
  return `<${element.tagName}${attributes.join("").slice(0, 100)}>`;
}

/** Whether a `<meta http-equiv>` is one the site writes: the CSP, or an instant refresh to a page of the site. */
function ownMeta(element: Element, base: string): boolean {
  const kind = text(element.properties.httpEquiv).toLowerCase();
  if (kind === "content-security-policy") return true;
  const target = /^0; url=(.+)$/.exec(text(element.properties.content))?.[1] ?? "";
  return kind === "refresh" && isSitePath(target) && target.startsWith(base);
}

/** The findings of one element, not counting what is inside it. */
function elementFindings(element: Element, inHead: boolean, base: string, findings: string[]): void {
  const tag = element.tagName;
  if (FORBIDDEN_ELEMENTS.has(tag)) findings.push(`${tag}: ${opening(element)}`);
  if (tag === "script" && ownScript(element, base) === undefined) {
    findings.push(`script: ${opening(element)}${textOf(element).slice(0, 40)}`);
  }
  if (tag === "link" && !inHead) findings.push(`link outside the head: ${opening(element)}`);
  if (tag === "meta" && element.properties.httpEquiv !== undefined && !(inHead && ownMeta(element, base))) {
    findings.push(`meta http-equiv other than the CSP or a refresh to a page of the site: ${opening(element)}`);
  }
  for (const name in element.properties) {
    if (name.startsWith("on") || name.startsWith("On")) findings.push(`handler: <${tag} ${attributeName(name)}>`);
    if (!ADDRESSES.has(name)) continue;
    const value = text(element.properties[name]);
    if (SCRIPT_ADDRESS.test(value.replace(/[\p{Cc}\s]/gu, "").toLowerCase())) {
      findings.push(`script address: <${tag} ${attributeName(name)}="${value.slice(0, 40)}">`);
    }
  }
  const href = text(element.properties.href);
  if (tag === "a" && leavesSite(href)) {
    const rel = text(element.properties.rel).split(",");
    if (!rel.includes("noopener") || !rel.includes("noreferrer")) {
      findings.push(`external link without rel="noopener noreferrer": ${href}`);
    }
  }
}

/**
 * Finds markup in a built page that could run script or leave the page unsafely: scripts, `on…` handlers,
 * `javascript:`/`data:`/`vbscript:` addresses (in every attribute that holds one, `srcset` and SVG's included),
 * `<meta http-equiv>`, `<base>`, frames, embedded objects, forms, `<style>`, `<link>` outside the head, and links to
 * other sites without `rel="noopener noreferrer"`. What the site itself writes is allowed, and nothing else: its
 * scripts (`ownScript`), in the head the Content-Security-Policy and an alias page's instant refresh to a page of the
 * site (`0; url=<base>…`), and its `<link>`s in the head. The page is parsed as a browser parses it (Sätteri's HTML
 * parser); `base` is the site's base path.
 */
export function unsafeMarkup(html: string, base: string): string[] {
  const root = base.replace(/\/*$/, "/");
  const findings: string[] = [];
  const stack: { node: Nodes; inHead: boolean }[] = [{ node: htmlToHast(html) as Nodes, inHead: false }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node } = next;
    if (node.type !== "element" && node.type !== "root") continue;
    const inHead = next.inHead || (node.type === "element" && node.tagName === "head");
    if (node.type === "element") {
      elementFindings(node, inHead, root, findings);
    }
    for (let index = node.children.length - 1; index >= 0; index--) {
      stack.push({ node: node.children[index] as Nodes, inHead });
    }
  }
  return findings;
}

/** One finding of the scan of a built site: the page (relative to the output folder, `/`-separated) and what. */
export interface OutputFinding {
  page: string;
  finding: string;
}

/** What the scan of a built site found, and the digests of the pages it found clean (for the next scan). */
export interface SiteScan {
  pages: number;
  findings: OutputFinding[];
  /** Pages not parsed here because what their exact bytes hold was known (`known`). */
  skipped: number;
  clean: Set<string>;
}

/** What earlier looks found in pages, by page digest (`pageDigest`): each page's findings, none for a clean one. */
export type KnownPages = ReadonlyMap<string, readonly string[]>;

/** The digest by which a scan knows a page it has found clean: of its bytes and the base path it was scanned with. */
export function pageDigest(bytes: Buffer, base: string): string {
  return createHash("sha256").update(base).update("\0").update(bytes).digest("base64url");
}

/** The HTML pages of a built site, relative to its folder and `/`-separated, in a stable order. */
function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => file.split(sep).join("/"))
    .sort();
}

/**
 * Scans every HTML page written into `dir` (see `unsafeMarkup`), in a stable order; returns what it found. A page
 * whose digest is in `known` (found by `scanNewPages` while the build wrote, or clean in an earlier scan by the
 * same rules) is not parsed again.
 */
export function scanBuiltSite(dir: string, base: string, known: KnownPages = new Map()): SiteScan {
  const pages = htmlPages(dir);
  const findings: OutputFinding[] = [];
  const clean = new Set<string>();
  let skipped = 0;
  for (const page of pages) {
    const bytes = readFileSync(join(dir, page));
    const digest = pageDigest(bytes, base);
    const earlier = known.get(digest);
    if (earlier) skipped++;
    const found = earlier ?? unsafeMarkup(bytes.toString("utf8"), base);
    if (found.length === 0) clean.add(digest);
    for (const finding of found) findings.push({ page, finding });
  }
  return { pages: pages.length, findings, skipped, clean };
}

function pageStamp(path: string): string {
  const { size, mtimeMs } = statSync(path);
  return `${size}:${mtimeMs}`;
}

/**
 * The pages already in `dir` with their size and time, as `scanNewPages` takes them for seen: a build into an
 * earlier output holds its pages from the start, and those it does not write again are left to `scanBuiltSite`
 * (which knows most by their digest) instead of being parsed while the build runs.
 */
export function pagesPresent(dir: string): Map<string, string> {
  return new Map(htmlPages(dir).map((page) => [page, pageStamp(join(dir, page))]));
}

/**
 * Scans the pages of `dir` that are new or changed (by size and time) since the last call with the same `seen`, and
 * are written to their end (`</html>`), into `results` by digest: a build's pages can be scanned while it is still
 * writing others, and `scanBuiltSite` then only reads and digests them. A page caught half-written is looked at again
 * on the next call, and by `scanBuiltSite` in any case.
 */
export function scanNewPages(
  dir: string,
  base: string,
  seen: Map<string, string>,
  results: Map<string, string[]>,
): void {
  for (const page of htmlPages(dir)) {
    const path = join(dir, page);
    const stamp = pageStamp(path);
    if (seen.get(page) === stamp) continue;
    const bytes = readFileSync(path);
    if (!/<\/html>\s*$/i.test(bytes.subarray(-32).toString("latin1"))) continue;
    seen.set(page, stamp);
    const digest = pageDigest(bytes, base);
    if (!results.has(digest)) results.set(digest, unsafeMarkup(bytes.toString("utf8"), base));
  }
}

/** The entry file each entry page and alias page of a glossary comes from, by page (`terms/<slug>/index.html`). */
export function pageSources(glossary: Pick<Glossary, "entries">): Map<string, string> {
  const page = (slug: string) => `${termPath(slug)}index.html`;
  const sources = new Map(glossary.entries.map((entry) => [page(entry.slug), entry.file]));
  const targets = glossary.entries.map((entry) => ({ ...entry, aliases: entry.data.aliases }));
  for (const alias of aliasRedirects(targets)) {
    if (!sources.has(page(alias.slug))) sources.set(page(alias.slug), alias.target.file);
  }
  return sources;
}

/**
 * Thrown when a built page holds unsafe markup: one line per finding, naming the page and, for an entry's page or
 * an alias's, the entry file it came from. Like `ContentError` it carries no stack trace: the fault is in the
 * content (or in a change to the site's own markup), not where it was found.
 */
export class UnsafeOutputError extends Error {
  constructor(findings: readonly OutputFinding[], sources: ReadonlyMap<string, string>, contentRoot: string) {
    const lines = findings.map(({ page, finding }) => {
      const source = sources.get(page);
      return `${page}${source ? ` (from ${displayRoot(contentRoot)}/${source})` : ""}: ${finding}`;
    });
    const noun = findings.length === 1 ? "finding" : "findings";
    super(
      `The built site has markup that could run script or leave the page unsafely (${findings.length} ${noun}); nothing was published:\n${lines.join("\n")}`,
    );
    this.name = "UnsafeOutputError";
    this.stack = "";
  }
}
