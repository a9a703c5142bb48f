import { CORE_SCHEMA, dump } from "js-yaml";
import { analyseBody, type BodyFacts } from "../../src/core/checks/body.ts";
import { brokenBodyLinks, linkedSlug } from "../../src/core/checks/bodyLinks.ts";
import type { Problem } from "../../src/core/checks/problem.ts";
import { DESCRIPTION_MAX } from "../../src/core/checks/schema.ts";
import { languageName } from "../../src/core/checks/translationChecks.ts";
import { PLACEHOLDER } from "../../src/core/checks/warnings.ts";
import { type Entry, slugOfFile } from "../../src/core/content/entry.ts";
import { type Glossary, listEntryFiles } from "../../src/core/content/glossary.ts";
import { tryParseMarkdown } from "../../src/core/content/markdownTree.ts";
import { readTranslation } from "../../src/core/content/translation.ts";

/** The definition a translation starts with: the entry's, marked as still to translate, within the length limit. */
function placeholderDescription(entry: Entry): string {
  const marked = `${PLACEHOLDER} translate: ${entry.data.description}`;
  return marked.length <= DESCRIPTION_MAX ? marked : `${PLACEHOLDER} translate the definition of ${entry.file}.`;
}

/**
 * The text of a new translation of `entry` into `language`, dated `published` (`YYYY-MM-DD`): the entry's title, its
 * definition after a `TODO:` prompt and its sources, then its body below a `TODO:` note, so that the file passes the
 * checks (the translator can preview it) while the placeholder warnings say what is left to translate. The front
 * matter is written by js-yaml with the core schema, as the validator reads it.
 */
export function newTranslationText(entry: Entry, language: string, published: string): string {
  const front = {
    title: entry.data.title,
    description: placeholderDescription(entry),
    published,
    ...(entry.data.sources.length > 0 ? { sources: entry.data.sources } : {}),
  };
  const note = `${PLACEHOLDER} translate the title, the definition and the text below from ${entry.file} into ${languageName(language)}, headings included, then remove this line.`;
  return `---\n${dump(front, { schema: CORE_SCHEMA, lineWidth: -1 })}---\n\n${note}\n\n${entry.body.replace(/^\n+/, "")}`;
}

/** The facts of a body, as its language's pages have it: the translation's where there is one, else the entry's. */
function bodyIn(glossary: Glossary, language: string, slug: string): BodyFacts | undefined {
  const edition = glossary.editions.find((candidate) => candidate.language === language);
  const page =
    edition?.entries.find((entry) => entry.slug === slug) ?? glossary.entries.find((entry) => entry.slug === slug);
  return page && analyseBody(page, tryParseMarkdown(page.body));
}

/**
 * The errors the validator would report in a new translation `text` at `file`: its own (front matter and body) and
 * its body's links, whose anchors must be headings of the pages they lead to in that language.
 */
export function newTranslationErrors(
  glossary: Glossary,
  language: string,
  entry: Entry,
  file: string,
  text: string,
): Problem[] {
  const read = readTranslation(language, file, text, entry.file);
  const errors = (problems: readonly Problem[]) => problems.filter((problem) => problem.severity === "error");
  if (!read.translation) return errors(read.problems);
  const page: Entry = { ...entry, file, body: read.translation.body, bodyLine: read.translation.bodyLine };
  const own = analyseBody(page, tryParseMarkdown(page.body));
  const bodies = new Map([[entry.slug, own]]);
  for (const link of own.links) {
    const slug = linkedSlug(link.url);
    const target = slug === undefined || bodies.has(slug) ? undefined : bodyIn(glossary, language, slug);
    if (slug !== undefined && target) bodies.set(slug, target);
  }
  const fileSlugs = new Set(listEntryFiles(glossary.root).files.map(slugOfFile));
  const links = brokenBodyLinks(glossary.entries, bodies, glossary.categories, fileSlugs, [page]);
  return errors([...read.problems, ...own.problems, ...links]);
}
