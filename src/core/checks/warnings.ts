import { messagesFor } from "../../i18n/messages.ts";
import type { Entry } from "../content/entry.ts";
import { tryParseMarkdown } from "../content/markdownTree.ts";
import { nameKey } from "../content/nameKey.ts";
import { bodyMentions, mentionNames, nameOwners } from "../graph/markdownMentions.ts";
import { MentionIndex } from "../graph/mentions.ts";
import { nameForms } from "../graph/nameForms.ts";
import { articlesOf } from "./articles.ts";
import type { BodyFacts } from "./body.ts";
import { linkedSlug } from "./bodyLinks.ts";
import type { Position, Problem } from "./problem.ts";

/** Marks text a contributor still has to write (the `new` command's prompts); the validator warns while any is left. */
export const PLACEHOLDER = "TODO:";

/**
 * A warning about the front-matter value at `path`. Its position is worked out when first read, as it takes a second,
 * slower parse of the front matter: a build that only counts the warnings of a rule never parses for most of them.
 */
function warning(entry: Entry, path: readonly PropertyKey[], field: string, message: string, rule: string): Problem {
  let position: Position | undefined;
  return {
    file: entry.file,
    field,
    get position() {
      position ??= entry.source.locate(path);
      return position;
    },
    message,
    rule,
    severity: "warning",
  };
}

/** Warns about `related` links between published entries that the other entry does not return. */
export function oneWayRelated(entries: readonly Entry[]): Problem[] {
  const published = entries.filter((entry) => !entry.data.draft);
  const bySlug = new Map(published.map((entry) => [entry.slug, entry]));
  const problems: Problem[] = [];
  for (const entry of published) {
    entry.data.related.forEach((slug, index) => {
      const other = bySlug.get(slug);
      if (!other || other.data.related.includes(entry.slug)) return;
      const message = `\`${slug}\` does not list this entry in its related: add \`${entry.slug}\` there if the link goes both ways`;
      problems.push(warning(entry, ["related", index], `related[${index}]`, message, "related-one-way"));
    });
  }
  return problems;
}

/** The published entries that no other entry links to, through `related` or its body. */
function unlinked(entries: readonly Entry[], bodies: ReadonlyMap<string, BodyFacts>): Entry[] {
  const linked = new Set<string>();
  for (const entry of entries) {
    for (const slug of entry.data.related) if (slug !== entry.slug) linked.add(slug);
    for (const link of bodies.get(entry.slug)?.links ?? []) {
      const slug = linkedSlug(link.url);
      if (slug && slug !== entry.slug) linked.add(slug);
    }
  }
  return entries.filter((entry) => !entry.data.draft && !linked.has(entry.slug));
}

/**
 * The slugs among `candidates` that another published entry's body would link by mention (when the site and that
 * entry link mentions). Only the candidates' names are looked for (each as the whole glossary owns it), and only a
 * body whose raw text holds one of them is parsed, so the check costs one pass over the text of the glossary.
 */
function mentioned(
  candidates: readonly Entry[],
  entries: readonly Entry[],
  linkMentions: boolean,
  language: string,
): Set<string> {
  const found = new Set<string>();
  if (!linkMentions || candidates.length === 0) return found;
  const published = entries.filter((entry) => !entry.data.draft).map(({ slug, data }) => ({ slug, ...data }));
  const owners = nameOwners(published, language);
  const index = new MentionIndex(
    mentionNames(
      candidates.map(({ slug, data }) => ({ slug, ...data })),
      language,
      owners,
    ),
  );
  for (const entry of entries) {
    if (entry.data.draft || !entry.data.linkMentions) continue;
    if (index.find(entry.body, (slug) => slug !== entry.slug && !found.has(slug)).length === 0) continue;
    const tree = tryParseMarkdown(entry.body);
    if (!tree) continue;
    for (const mention of bodyMentions(entry, tree, index, [])) found.add(mention.slug);
    if (found.size === candidates.length) break;
  }
  return found;
}

/**
 * Warns about published entries that no other entry links to, through `related`, its body, or (with `linkMentions`
 * on) a mention another body would link.
 */
export function orphans(
  entries: readonly Entry[],
  bodies: ReadonlyMap<string, BodyFacts>,
  linkMentions: boolean,
  language: string,
): Problem[] {
  if (entries.length < 2) return [];
  const candidates = unlinked(entries, bodies);
  const byMention = mentioned(candidates, entries, linkMentions, language);
  return candidates
    .filter((entry) => !byMention.has(entry.slug))
    .map((entry) => ({
      file: entry.file,
      position: { line: 1, column: 1 },
      message: "no other entry links to this one: add it to the `related` list of a close term",
      rule: "orphan",
      severity: "warning" as const,
    }));
}

/** Whether a text opens with one of `names` (after one of `articles`), as a whole word: "A cluster is …". */
function opensWith(text: string, names: readonly string[], articles: readonly string[]): boolean {
  const key = nameKey(text);
  const starts = [
    key,
    ...articles.filter((article) => key.startsWith(`${article} `)).map((a) => key.slice(a.length + 1)),
  ];
  return names.some((name) => name !== "" && starts.some((start) => start === name || start.startsWith(`${name} `)));
}

/**
 * Warns about definitions that open by repeating the term ("Deep learning is …", "A cluster is …"): any of its name
 * forms, after an article of `language`. The message is in that language where it has a catalogue.
 */
export function descriptionsRepeatingTitles(entries: readonly Entry[], language: string): Problem[] {
  const articles = articlesOf(language);
  const message = messagesFor(language).text("warning.descriptionRepeatsTitle");
  return entries
    .filter((entry) => {
      const names = nameForms(entry.data.title, entry.data.aliases, language).map(nameKey);
      return opensWith(entry.data.description, names, articles);
    })
    .map((entry) => warning(entry, ["description"], "description", message, "description-repeats-title"));
}

/** Warns about prompts left in the definition or the body (text starting with `TODO:`). */
export function placeholders(entries: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.data.description.includes(PLACEHOLDER)) {
      const message = "still holds the prompt: write the one-sentence definition";
      problems.push(warning(entry, ["description"], "description", message, "placeholder"));
    }
    const index = entry.body.indexOf(PLACEHOLDER);
    if (index !== -1) {
      const line = entry.bodyLine + (entry.body.slice(0, index).match(/\n/g)?.length ?? 0);
      problems.push({
        file: entry.file,
        position: { line, column: 1 },
        message: "the body still holds prompts starting with `TODO:`: replace them with the entry's text",
        rule: "placeholder",
        severity: "warning",
      });
    }
  }
  return problems;
}

const MARKUP = /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i;

/**
 * Warns about front-matter text that looks like HTML (a tag or an entity). It is shown as plain text, never as
 * markup, so it would only appear on the page as written: `<b>` and all.
 */
export function markupInFields(entries: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const { title, description, aliases, sources } = entry.data;
    const fields: [PropertyKey[], string, string][] = [
      [["title"], "title", title],
      [["description"], "description", description],
      ...aliases.map((alias, index): [PropertyKey[], string, string] => [
        ["aliases", index],
        `aliases[${index}]`,
        alias,
      ]),
      ...sources.map((source, index): [PropertyKey[], string, string] => [
        ["sources", index, "title"],
        `sources[${index}].title`,
        source.title,
      ]),
    ];
    for (const [path, field, text] of fields) {
      if (!MARKUP.test(text)) continue;
      const message = "looks like HTML, which is shown as plain text: write the words themselves";
      problems.push(warning(entry, path, field, message, "markup-in-field"));
    }
  }
  return problems;
}
