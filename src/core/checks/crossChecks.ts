import { type EntryFacts, slugOfFile } from "../content/entry.ts";
import { nameKey } from "../content/nameKey.ts";
import { MAX_SLUG_LENGTH, slugify } from "../content/slug.ts";
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

/** Finds entries whose title another entry already has (ignoring case, accents and punctuation). */
export function duplicateTitles(facts: readonly EntryFacts[]): Problem[] {
  const firstByKey = new Map<string, EntryFacts>();
  const problems: Problem[] = [];
  for (const entry of facts) {
    if (entry.title === undefined) continue;
    const key = nameKey(entry.title);
    const first = firstByKey.get(key);
    if (!key) continue;
    if (first) {
      const message = `\`${entry.title}\` is already the title of ${first.file}: give each term one entry`;
      problems.push(at(entry, ["title"], "title", message, "title-duplicate"));
    } else {
      firstByKey.set(key, entry);
    }
  }
  return problems;
}

/**
 * Finds aliases that equal another entry's title or alias (unless every entry that has it marks it ambiguous), or
 * repeat the entry's own title or another alias; and,
 * among the others, those whose address (`/terms/<alias-slug>/`) is already taken: by another entry's page (drafts
 * included, which may be published later) or by another entry's alias.
 */
export function conflictingAliases(facts: readonly EntryFacts[]): Problem[] {
  const owners = new Map<string, { entry: EntryFacts; what: string; shared?: boolean }>();
  for (const entry of facts) {
    const key = entry.title === undefined ? "" : nameKey(entry.title);
    if (key) owners.set(key, { entry, what: "title" });
  }
  const pages = new Map(facts.map((entry) => [entry.slug, entry]));
  const addresses = new Map<string, { entry: EntryFacts; alias: string }>();
  const problems: Problem[] = [];
  for (const entry of facts) {
    entry.aliases.forEach((alias, index) => {
      const key = alias === undefined ? "" : nameKey(alias);
      // A name of punctuation or invisible characters only has no key; the schema reports what is wrong with it.
      if (alias === undefined || !key) return;
      const owner = owners.get(key);
      const field = `aliases[${index}]`;
      if (owner && owner.entry === entry) {
        const message = `\`${alias}\` repeats this entry's ${owner.what}: remove it`;
        problems.push(at(entry, ["aliases", index], field, message, "alias-duplicate"));
        return;
      }
      if (owner && owner.what === "alias" && owner.shared && entry.ambiguous.has(alias)) return;
      if (owner) {
        const hint =
          owner.what === "alias" && (owner.shared || entry.ambiguous.has(alias))
            ? `; a name several terms share must be marked \`ambiguous: true\` in each of them (${owner.shared ? entry.file : owner.entry.file} does not)`
            : "";
        const message = `\`${alias}\` is already the ${owner.what} of ${owner.entry.file}: an alias must lead to one term${hint}`;
        problems.push(at(entry, ["aliases", index], field, message, "alias-conflict"));
        return;
      }
      owners.set(key, { entry, what: "alias", shared: entry.ambiguous.has(alias) });
      const slug = slugify(alias);
      if (slug === "" || slug === entry.slug) return;
      if (slug.length > MAX_SLUG_LENGTH) {
        const message = `\`${alias.slice(0, 40)}…\` would redirect from an address of ${slug.length} characters, over the ${MAX_SLUG_LENGTH} allowed: shorten the alias`;
        problems.push(at(entry, ["aliases", index], field, message, "alias-too-long"));
        return;
      }
      const page = pages.get(slug);
      const other = addresses.get(slug);
      const taken = page
        ? `the page of ${page.file}`
        : other && other.entry !== entry
          ? `the address of \`${other.alias}\`, an alias of ${other.entry.file}`
          : undefined;
      if (!taken) {
        addresses.set(slug, { entry, alias });
        return;
      }
      const message = `\`${alias}\` would redirect from /terms/${slug}/, which is already ${taken}: reword or remove the alias`;
      problems.push(at(entry, ["aliases", index], field, message, "alias-slug-clash"));
    });
  }
  return problems;
}

/**
 * Runs every rule that needs more than one file: duplicate slugs and titles, aliases that clash (by name or by
 * address), unknown categories (skipped when the categories themselves could not be read) and broken `related`
 * links.
 */
export function crossEntryProblems(
  files: readonly string[],
  facts: readonly EntryFacts[],
  categories: readonly Category[] | undefined,
): Problem[] {
  return [
    ...duplicateSlugs(files),
    ...duplicateTitles(facts),
    ...conflictingAliases(facts),
    ...(categories ? unknownCategories(facts, categories) : []),
    ...brokenRelated(facts, new Set(files.map(slugOfFile))),
  ];
}
