import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import { remark } from "remark";
import remarkRehype from "remark-rehype";
import { describe, expect, it } from "vitest";
import { createMarkdownRenderer } from "../../src/astro/markdownProcessor.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/markdown");

const idsOf = (html: string) => [...html.matchAll(/<h[1-6][^>]*\sid="([^"]*)"/g)].map((match) => match[1]);

/** Heading ids as rehype-slug gives them: the reference the validator's anchor checks follow. */
async function rehypeSlugIds(markdown: string) {
  const file = await remark().use(remarkRehype).use(rehypeSlug).use(rehypeStringify).process(markdown);
  return idsOf(String(file));
}

/** Heading ids as the site renders them: Astro's Sätteri processor configured exactly as the build configures it. */
async function siteIds(markdown: string) {
  const renderer = await createMarkdownRenderer("/");
  return idsOf((await renderer.render(markdown)).code);
}

describe.each(readdirSync(FIXTURES))("heading ids: %s", (name) => {
  const input = readFileSync(join(FIXTURES, name, "input.md"), "utf8");
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, "ids.json"), "utf8"));

  it("rehype-slug gives the expected ids", async () => {
    expect(await rehypeSlugIds(input)).toEqual(expected);
  });

  it("the site gives the same ids", async () => {
    expect(await siteIds(input)).toEqual(expected);
  });
});

describe("heading anchors", () => {
  it("adds a labelled link to each heading's own id", async () => {
    const renderer = await createMarkdownRenderer("/");
    const { code } = await renderer.render("## How it works\n");
    expect(code).toContain('<h2 id="how-it-works">How it works<a href="#how-it-works" class="heading-anchor"');
    expect(code).toContain('aria-label="Link to section “How it works”"');
  });

  it("rebases root-relative body links under a sub-path, and leaves others", async () => {
    const renderer = await createMarkdownRenderer("/glossary");
    const { code } = await renderer.render("[a](/terms/a/) [b](https://example.org/) [c](#here)\n");
    expect(code).toContain('href="/glossary/terms/a/"');
    expect(code).toContain('href="https://example.org/"');
    expect(code).toContain('href="#here"');
  });
});

describe("heading links", () => {
  it("are labelled in the language of the page they are rendered for", async () => {
    const { messagesFor } = await import("../../src/i18n/messages.ts");
    const english = await (await createMarkdownRenderer("/")).render("## Hoe het werkt");
    const dutch = await (await createMarkdownRenderer("/", new Map(), messagesFor("nl"))).render("## Hoe het werkt");
    expect(english.code).toContain('aria-label="Link to section “Hoe het werkt”"');
    expect(dutch.code).toContain('aria-label="Link naar het onderdeel ‘Hoe het werkt’"');
  });
});
