import type { Entry } from "../content/entry.ts";
import { nameKey } from "../content/nameKey.ts";
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

/** Warns about published entries that no other entry links to, through `related` or its body. */
export function orphans(entries: readonly Entry[], bodies: ReadonlyMap<string, BodyFacts>): Problem[] {
  const linked = new Set<string>();
  for (const entry of entries) {
    for (const slug of entry.data.related) if (slug !== entry.slug) linked.add(slug);
    for (const link of bodies.get(entry.slug)?.links ?? []) {
      const slug = linkedSlug(link.url);
      if (slug && slug !== entry.slug) linked.add(slug);
    }
  }
  return entries
    .filter((entry) => !entry.data.draft && !linked.has(entry.slug) && entries.length > 1)
    .map((entry) => ({
      file: entry.file,
      position: { line: 1, column: 1 },
      message: "no other entry links to this one: add it to the `related` list of a close term",
      rule: "orphan",
      severity: "warning" as const,
    }));
}

/** Warns about definitions that open by repeating the term ("Deep learning is …"), which wastes the lead. */
export function descriptionsRepeatingTitles(entries: readonly Entry[]): Problem[] {
  return entries
    .filter((entry) => {
      const title = nameKey(entry.data.title);
      const description = nameKey(entry.data.description);
      return title !== "" && (description === title || description.startsWith(`${title} `));
    })
    .map((entry) =>
      warning(
        entry,
        ["description"],
        "description",
        'opens by repeating the title: say what the term is directly ("A branch of …", "The process of …")',
        "description-repeats-title",
      ),
    );
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
