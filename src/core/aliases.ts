import type { EntryFacts } from "./entry.ts";
import { nameKey } from "./nameKey.ts";
import type { Problem } from "./problem.ts";
import { slugify } from "./slug.ts";

/** An alias address: `/terms/<slug>/` sends readers to the entry `target`. */
export interface AliasRedirect {
  slug: string;
  alias: string;
  target: string;
}

/**
 * The redirect addresses of a set of entries: one per alias whose slug is not the entry's own (an alias that only
 * differs in case or accents already has the entry's address) and not repeated within the entry.
 */
export function aliasRedirects(entries: readonly { slug: string; aliases: readonly string[] }[]): AliasRedirect[] {
  const redirects: AliasRedirect[] = [];
  for (const { slug: target, aliases } of entries) {
    const seen = new Set([target, ""]);
    for (const alias of aliases) {
      const slug = slugify(alias);
      if (seen.has(slug)) continue;
      seen.add(slug);
      redirects.push({ slug, alias, target });
    }
  }
  return redirects;
}

/**
 * Finds aliases whose address would be taken already: by another entry's page (drafts included, which may be
 * published later) or by another entry's alias. Aliases the name rules already report (the same name as another
 * title or alias) are not reported twice.
 */
export function aliasAddressClashes(facts: readonly EntryFacts[]): Problem[] {
  const entryBySlug = new Map(facts.map((entry) => [entry.slug, entry]));
  const nameOwners = new Map<string, EntryFacts>();
  for (const entry of facts) if (entry.title !== undefined) nameOwners.set(nameKey(entry.title), entry);
  const addressOwners = new Map<string, { entry: EntryFacts; alias: string }>();
  const problems: Problem[] = [];
  for (const entry of facts) {
    entry.aliases.forEach((alias, index) => {
      if (alias === undefined) return;
      const key = nameKey(alias);
      const named = nameOwners.get(key);
      nameOwners.set(key, named ?? entry);
      if (named) return;
      const slug = slugify(alias);
      if (slug === "" || slug === entry.slug) return;
      const page = entryBySlug.get(slug);
      const other = addressOwners.get(slug);
      const clash = page
        ? `the page of ${page.file}`
        : other && other.entry !== entry
          ? `the address of \`${other.alias}\`, an alias of ${other.entry.file}`
          : undefined;
      if (!clash) {
        addressOwners.set(slug, { entry, alias });
        return;
      }
      problems.push({
        file: entry.file,
        field: `aliases[${index}]`,
        position: entry.source.locate(["aliases", index]),
        message: `\`${alias}\` would redirect from /terms/${slug}/, which is already ${clash}: reword or remove the alias`,
        rule: "alias-slug-clash",
        severity: "error",
      });
    });
  }
  return problems;
}
