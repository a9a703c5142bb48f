import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { createMarkdownRenderer } from "../../src/astro/markdownProcessor.ts";
import type { PageLinkContext } from "../../src/astro/termLinks.ts";
import { parseMarkdown } from "../../src/core/content/markdownTree.ts";
import { bodyMentions, mentionNames, pageMentionIndex } from "../../src/core/graph/markdownMentions.ts";
import { MentionIndex } from "../../src/core/graph/mentions.ts";

/**
 * One folder per case under tests/fixtures/mentions/: `input.md`, the page it is rendered for (`page.json`, when
 * not a page of its own), and the mentions that must become links (`expected.json`, [text, slug] in order), all
 * against the small glossary in `glossary.json`.
 */
const FIXTURES = join(import.meta.dirname, "../fixtures/mentions");
const read = (...path: string[]) => readFileSync(join(FIXTURES, ...path), "utf8");

const glossary: { slug: string; title: string; aliases: string[]; description: string }[] = JSON.parse(
  read("glossary.json"),
);
const index = new MentionIndex(mentionNames(glossary, "en"));
const bySlug = new Map(glossary.map((term) => [term.slug, term]));
const renderer = createMarkdownRenderer("/", new Map([...bySlug.keys()].map((slug) => [slug, {}])));
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((item) => item.isDirectory());

/** The mention links of rendered HTML, as [text, slug] in order. */
function mentionLinks(html: string) {
  return parse(html)
    .querySelectorAll("a.mention")
    .map((link) => [link.textContent, /^\/terms\/([^/]+)\/$/.exec(link.getAttribute("href") ?? "")?.[1]]);
}

/** The page a case is rendered for (`page.json`: slug, links, and `linkMentions: false` to turn mentions off). */
function pageOf(name: string): { slug: string; links: string[]; linkMentions: boolean } {
  const file = join(FIXTURES, name, "page.json");
  const page: { slug?: string; links?: string[]; linkMentions?: boolean } = existsSync(file)
    ? JSON.parse(readFileSync(file, "utf8"))
    : {};
  return { slug: page.slug ?? "a-page-of-its-own", links: page.links ?? [], linkMentions: page.linkMentions ?? true };
}

/** What the renderer is told about a case's page, linking mentions from `mentions` unless the page turns them off. */
function context(page: ReturnType<typeof pageOf>, mentions: MentionIndex): PageLinkContext {
  return { slug: page.slug, links: page.links, ...(page.linkMentions ? { mentions } : {}) };
}

describe.each(cases.map((item) => item.name))("mention fixture %s", (name) => {
  const expected: [string, string][] = JSON.parse(read(name, "expected.json"));
  const page = pageOf(name);

  it("links exactly the expected first mentions when rendered", async () => {
    const glossaryPage = context(page, index);
    const html = (await (await renderer).render(read(name, "input.md"), { frontmatter: { glossaryPage } })).code;
    expect(mentionLinks(html)).toEqual(expected);
  });

  it("links the same with the page's own small index (its own, linked and mentioned entries' names)", async () => {
    const mentions = pageMentionIndex([page.slug, ...page.links, ...expected.map(([, slug]) => slug)], bySlug, "en");
    const glossaryPage = context(page, mentions);
    const html = (await (await renderer).render(read(name, "input.md"), { frontmatter: { glossaryPage } })).code;
    expect(mentionLinks(html)).toEqual(expected);
  });

  it("lists the same mentions for the validator, from the Markdown tree", () => {
    const tree = parseMarkdown(read(name, "input.md"));
    const found = page.linkMentions ? bodyMentions({ slug: page.slug, bodyLine: 1 }, tree, index, page.links) : [];
    expect(found.map((mention) => [mention.text, mention.slug])).toEqual(expected);
  });
});

describe("mention links", () => {
  it("carry the linked term's preview, like every other link to an entry", async () => {
    const glossaryPage: PageLinkContext = { slug: "x", links: ["k-means"], mentions: index };
    const markdown = "See bias, and [k-means](/terms/k-means/).";
    const html = (await (await renderer).render(markdown, { frontmatter: { glossaryPage } })).code;
    const [mention, link] = parse(html).querySelectorAll("a");
    expect(mention?.getAttribute("data-preview")).toBe("");
    expect(mention?.getAttribute("href")).toBe("/terms/bias/");
    expect(link?.getAttribute("data-preview")).toBe("");
    // The preview reads the slug from the address and the title from the name index: the link carries neither.
    expect(html).not.toContain("data-preview-title");
    expect(link?.classList.contains("mention")).toBe(false);
  });

  it("give their position in the file to the validator", () => {
    const tree = parseMarkdown("First line.\n\nThen some bias,\nand gradient descent.\n");
    const found = bodyMentions({ slug: "x", bodyLine: 8 }, tree, index, []);
    expect(found.map((m) => [m.text, m.position])).toEqual([
      ["bias", { line: 10, column: 11 }],
      ["gradient descent", { line: 11, column: 5 }],
    ]);
  });
});
