import { createHash } from "node:crypto";
import type { Category } from "../checks/schema.ts";
import { backlinks } from "./backlinks.ts";
import { neighboursAt } from "./navigation.ts";

/** What a term page needs of an entry, its own or a linked one. */
export interface PageTerm {
  slug: string;
  title: string;
  description: string;
  category: string;
  level: string;
  related: readonly string[];
  /** The slugs the entry's body links to. */
  links: readonly string[];
  /** The slugs whose first mention in the body becomes a link. */
  mentioned: readonly string[];
}

/** Everything one term page shows besides its body. */
export type TermPage<T extends PageTerm> = {
  term: T;
  category: Category;
  related: T[];
  /** The entries whose `related`, body links or mentions point at this one, alphabetically. */
  referencedBy: T[];
  /** The entries the body links to or mentions, whose previews the body carries. */
  linked: T[];
  previous: T | undefined;
  next: T | undefined;
};

/** The page of every entry of an alphabetically sorted list, in the same order; linear in the number of entries. */
export function termPagesOf<T extends PageTerm>(
  sorted: readonly T[],
  bySlug: ReadonlyMap<string, T>,
  categoryById: ReadonlyMap<string, Category>,
): TermPage<T>[] {
  const referrers = backlinks(sorted);
  return sorted.map((term, index) => {
    const category = categoryById.get(term.category);
    if (!category) throw new Error(`No category ${term.category} for ${term.slug}`);
    const { previous, next } = neighboursAt(sorted, index);
    const entries = (slugs: readonly string[]) => slugs.flatMap((slug) => bySlug.get(slug) ?? []);
    const referencedBy = referrers.get(term.slug) ?? [];
    const linked = entries([...new Set([...term.links, ...term.mentioned])]);
    return { term, category, related: entries(term.related), referencedBy, linked, previous, next };
  });
}

/** The parts of another entry that a page shows: in cards, links, and previews of the links. */
function shown(term: PageTerm | undefined) {
  return term && [term.slug, term.title, term.description, term.category, term.level];
}

/**
 * A key that changes whenever anything a term page shows changes: the site settings, the whole entry (which should
 * carry a digest of its file), its category, and what its cards, "Referenced by" list, previous/next links and
 * the previews of its body's links show of other entries.
 */
export function termPageKey(page: TermPage<PageTerm>, settings: unknown): string {
  const { term, category, related, referencedBy, linked, previous, next } = page;
  const inputs = [
    settings,
    term,
    category,
    related.map(shown),
    referencedBy.map(shown),
    shown(previous),
    shown(next),
    linked.map(shown),
  ];
  return createHash("sha256").update(JSON.stringify(inputs)).digest("base64url");
}
