import { createHash } from "node:crypto";
import { neighboursAt } from "./navigation.ts";
import type { Category } from "./schema.ts";

/** What a term page needs of an entry, its own or a linked one. */
export interface PageTerm {
  slug: string;
  title: string;
  description: string;
  category: string;
  level: string;
  related: readonly string[];
}

/** Everything one term page shows besides its body. */
export type TermPage<T extends PageTerm> = {
  term: T;
  category: Category;
  related: T[];
  previous: T | undefined;
  next: T | undefined;
};

/** The page of every entry of an alphabetically sorted list, in the same order; linear in the number of entries. */
export function termPagesOf<T extends PageTerm>(
  sorted: readonly T[],
  bySlug: ReadonlyMap<string, T>,
  categoryById: ReadonlyMap<string, Category>,
): TermPage<T>[] {
  return sorted.map((term, index) => {
    const category = categoryById.get(term.category);
    if (!category) throw new Error(`No category ${term.category} for ${term.slug}`);
    const { previous, next } = neighboursAt(sorted, index);
    return { term, category, related: term.related.flatMap((id) => bySlug.get(id) ?? []), previous, next };
  });
}

/** The parts of a linked entry that another page shows. */
function shown(term: PageTerm | undefined) {
  return term && [term.slug, term.title, term.description, term.category, term.level];
}

/**
 * A key that changes whenever anything a term page shows changes: the site settings, the whole entry (which should
 * carry a digest of its file), its category, and what its cards and previous/next links show of other entries.
 */
export function termPageKey(page: TermPage<PageTerm>, settings: unknown): string {
  const { term, category, related, previous, next } = page;
  const inputs = [settings, term, category, related.map(shown), shown(previous), shown(next)];
  return createHash("sha256").update(JSON.stringify(inputs)).digest("base64url");
}
