import type { Entry } from "./entry.ts";
import type { Problem } from "./problem.ts";
import type { Category } from "./schema.ts";
import { closestMatch } from "./suggest.ts";

function at(entry: Entry, path: readonly PropertyKey[], field: string, message: string, rule: string): Problem {
  return { file: entry.file, field, position: entry.source.locate(path), message, rule, severity: "error" };
}

/** Finds entries whose slug another file already uses (the same name in two folders). */
export function duplicateSlugs(entries: readonly Entry[]): Problem[] {
  const firstBySlug = new Map<string, Entry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const first = firstBySlug.get(entry.slug);
    if (first) {
      problems.push({
        file: entry.file,
        position: { line: 1, column: 1 },
        message: `slug \`${entry.slug}\` is already used by ${first.file}: rename one of the files`,
        rule: "slug-duplicate",
        severity: "error",
      });
    } else {
      firstBySlug.set(entry.slug, entry);
    }
  }
  return problems;
}

/** Finds entries whose `category` is not declared in `categories.yaml`. */
export function unknownCategories(entries: readonly Entry[], categories: readonly Category[]): Problem[] {
  const ids = categories.map((category) => category.id);
  return entries
    .filter((entry) => !ids.includes(entry.data.category))
    .map((entry) => {
      const guess = closestMatch(entry.data.category, ids);
      const hint = guess ? `did you mean \`${guess}\`? ` : "";
      return at(
        entry,
        ["category"],
        "category",
        `\`${entry.data.category}\` is not a category in categories.yaml; ${hint}use one of: ${ids.join(", ")}`,
        "category-unknown",
      );
    });
}

/**
 * Finds `related` slugs that point at the entry itself, repeat, are drafts, or name no entry at all.
 * `fileSlugs` are the slugs of every entry file, valid or not, so a broken neighbour is not reported as missing.
 */
export function brokenRelated(entries: readonly Entry[], fileSlugs: ReadonlySet<string>): Problem[] {
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    const seen = new Set<string>();
    entry.data.related.forEach((slug, index) => {
      const path = ["related", index];
      const field = `related[${index}]`;
      const target = bySlug.get(slug);
      if (slug === entry.slug) {
        problems.push(at(entry, path, field, "an entry cannot be related to itself", "related-self"));
      } else if (seen.has(slug)) {
        problems.push(at(entry, path, field, `\`${slug}\` is listed twice`, "related-duplicate"));
      } else if (!fileSlugs.has(slug)) {
        const guess = closestMatch(slug, fileSlugs);
        const hint = guess ? `; did you mean \`${guess}\`?` : "";
        problems.push(at(entry, path, field, `no entry has the slug \`${slug}\`${hint}`, "related-missing"));
      } else if (target?.data.draft && !entry.data.draft) {
        problems.push(
          at(entry, path, field, `\`${slug}\` is a draft, so it is not published: remove it or publish it`, "related-draft"),
        );
      }
      seen.add(slug);
    });
  }
  return problems;
}

/**
 * Runs every rule that needs more than one file: duplicate slugs, unknown categories (skipped when the categories
 * themselves could not be read) and broken `related` links.
 */
export function crossEntryProblems(
  entries: readonly Entry[],
  categories: readonly Category[] | undefined,
  fileSlugs: ReadonlySet<string>,
): Problem[] {
  return [
    ...duplicateSlugs(entries),
    ...(categories ? unknownCategories(entries, categories) : []),
    ...brokenRelated(entries, fileSlugs),
  ];
}
