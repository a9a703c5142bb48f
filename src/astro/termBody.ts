import { join } from "node:path";
import { ContentError } from "../core/checks/problem.ts";
import { basePath } from "../core/checks/site.ts";
import { checkedBody } from "../core/content/bodyDigest.ts";
import { ENTRY_SIZE_LIMIT } from "../core/content/entry.ts";
import { readTextFile } from "../core/content/textFile.ts";
import { pageMentionIndex } from "../core/graph/markdownMentions.ts";
import { messagesFor } from "../i18n/messages.ts";
import { glossaryData, type Term } from "./glossaryData.ts";
import { createMarkdownRenderer } from "./markdownProcessor.ts";
import { contentRoot, settings } from "./site.ts";
import type { LinkPreview, PageLinkContext } from "./termLinks.ts";

const renderers = new Map<string, ReturnType<typeof createMarkdownRenderer>>();

/**
 * The renderer for one language's pages: every published entry (by slug) gives the preview of links to it, and on
 * a translated page, the page links go to: the translation, or the entry's own page marked with its language.
 */
async function createRenderer(language: string) {
  const { bySlug } = await glossaryData(language);
  const previews = new Map<string, LinkPreview>();
  for (const [slug, term] of bySlug) {
    const preview: LinkPreview = {};
    if (language !== settings.language) preview.path = term.path;
    if (term.language !== language) preview.hreflang = term.language;
    previews.set(slug, preview);
  }
  return createMarkdownRenderer(basePath(settings) || "/", previews, messagesFor(language));
}

/** Fails a build whose entry file changed (or went) between the checks and the rendering of its page. */
function changedSinceChecked(term: Term, what: string): ContentError {
  const message = `${what} after the content was checked, so its page is not built from it: build again`;
  return new ContentError([{ file: term.file, message, rule: "changed-during-build", severity: "error" }], contentRoot);
}

/**
 * The body of an entry exactly as it passed the checks with its front matter: the dev server's stored copy, or the
 * file's body when its digest is the one the checks saw.
 */
async function validatedBody(term: Term): Promise<string> {
  if (term.body !== undefined) return term.body;
  // Read exactly as the checks read it (size first, strict UTF-8, one byte-order mark), so the digests compare.
  const read = readTextFile(join(contentRoot, term.file), term.file, ENTRY_SIZE_LIMIT);
  if (!read.ok) throw changedSinceChecked(term, "was removed or became unreadable");
  const body = checkedBody(read.text, term.bodyDigest);
  if (body === undefined) throw changedSinceChecked(term, "changed");
  return body;
}

/**
 * Renders the Markdown body of an entry to HTML with the site's renderer, linking its first mentions of other
 * terms. Bodies are read and rendered as each page is built rather than kept in the content store: a store holding
 * every rendered body is serialised, bundled and parsed again by Astro, which cost more than rendering.
 */
export async function renderTermBody(term: Term): Promise<string> {
  // Dev rebuilds the page data on every request; the previews must follow it.
  let renderer = renderers.get(term.language);
  if (import.meta.env.DEV || !renderer) {
    renderer = createRenderer(term.language);
    renderers.set(term.language, renderer);
  }
  const markdown = await validatedBody(term);
  const glossaryPage: PageLinkContext = { slug: term.slug, links: term.links };
  if (settings.linkMentions && term.linkMentions && term.mentioned.length > 0) {
    // Only the names the content loader found this page uses: the same links, and none that the page's cache key
    // (which lists the mentioned entries) does not account for.
    const slugs = [term.slug, ...term.links, ...term.mentioned];
    glossaryPage.mentions = pageMentionIndex(slugs, (await glossaryData(term.language)).names, term.language);
  }
  return (await (await renderer).render(markdown, { frontmatter: { glossaryPage } })).code;
}
