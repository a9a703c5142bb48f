import { type EntryFacts, slugOfFile } from "./entry.ts";
import type { Problem } from "./problem.ts";
import type { Category } from "./schema.ts";
import { closestMatch } from "./suggest.ts";

function at(facts: EntryFacts, path: readonly PropertyKey[], field: string, message: string, rule: string): Problem {
  return { file: facts.file, field, position: facts.source.locate(path), message, rule, severity: "error" };
}

/** Finds entry files whose slug another file already uses (the same name in two folders). */
export function duplicateSlugs(files: readonly string[]): Problem[] {
  const firstBySlug = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of files) {
    const slug = slugOfFile(file);
    const first = firstBySlug.get(slug);
    if (first) {
      problems.push({
        file,
        position: { line: 1, column: 1 },
        message: `slug \`${slug}\` is already used by ${first}: rename one of the files`,
        rule: "slug-duplicate",
        severity: "error",
      });
    } else {
      firstBySlug.set(slug, file);
    }
  }
  return problems;
}

/** Finds entries whose `category` is not declared in `categories.yaml`. */
export function unknownCategories(facts: readonly EntryFacts[], categories: readonly Category[]): Problem[] {
  const ids = categories.map((category) => category.id);
  const problems: Problem[] = [];
  for (const entry of facts) {
    if (entry.category === undefined || ids.includes(entry.category)) continue;
    const guess = closestMatch(entry.category, ids);
    const hint = guess ? `did you mean \`${guess}\`? ` : "";
    const message = `\`${entry.category}\` is not a category in categories.yaml; ${hint}use one of: ${ids.join(", ")}`;
    problems.push(at(entry, ["category"], "category", message, "category-unknown"));
  }
  return problems;
}

/**
 * Finds `related` slugs that point at the entry itself, repeat, name no entry file at all, or name a draft from a
 * published entry. Every file counts as existing, valid or not, so a broken neighbour is not reported as missing.
 */
export function brokenRelated(facts: readonly EntryFacts[], fileSlugs: ReadonlySet<string>): Problem[] {
  const drafts = new Set(facts.filter((entry) => entry.draft).map((entry) => entry.slug));
  const problems: Problem[] = [];
  for (const entry of facts) {
    const seen = new Set<string>();
    entry.related.forEach((slug, index) => {
      if (slug === undefined) return;
      const path = ["related", index];
      const field = `related[${index}]`;
      if (slug === entry.slug) {
        problems.push(at(entry, path, field, "an entry cannot be related to itself", "related-self"));
      } else if (seen.has(slug)) {
        problems.push(at(entry, path, field, `\`${slug}\` is listed twice`, "related-duplicate"));
      } else if (!fileSlugs.has(slug)) {
        const guess = closestMatch(slug, fileSlugs);
        const hint = guess ? `; did you mean \`${guess}\`?` : "";
        problems.push(at(entry, path, field, `no entry has the slug \`${slug}\`${hint}`, "related-missing"));
      } else if (drafts.has(slug) && !entry.draft) {
        const message = `\`${slug}\` is a draft, so it is not published: remove it or publish it`;
        problems.push(at(entry, path, field, message, "related-draft"));
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
  files: readonly string[],
  facts: readonly EntryFacts[],
  categories: readonly Category[] | undefined,
): Problem[] {
  return [
    ...duplicateSlugs(files),
    ...(categories ? unknownCategories(facts, categories) : []),
    ...brokenRelated(facts, new Set(files.map(slugOfFile))),
  ];
}
