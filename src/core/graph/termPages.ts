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
  /**
   * The entries whose `related`, body links or mentions point at this one: those that link on purpose (`related`
   * or a body link) first, then those that mention it, each alphabetically, at most REFERENCED_BY_SHOWN.
   */
  referencedBy: T[];
  /** How many entries point at this one in all. */
  referencedByCount: number;
  /** The entries the body links to or mentions, whose previews the body carries. */
  linked: T[];
  previous: T | undefined;
  next: T | undefined;
};

/**
 * The most entries a page lists under "Referenced by": a term that every body mentions would otherwise carry a link
 * to every entry (10,000 of them made a 183 kB gzipped page); the rest are counted.
 */
export const REFERENCED_BY_SHOWN = 100;

/** The referrers a page shows: those that link on purpose first, then those that only mention it, at most the cap. */
function shownReferrers<T extends PageTerm>(target: string, referrers: readonly T[]): T[] {
  const onPurpose = (source: T) => source.related.includes(target) || source.links.includes(target);
  const linked = referrers.filter(onPurpose);
  if (linked.length >= REFERENCED_BY_SHOWN) return linked.slice(0, REFERENCED_BY_SHOWN);
  return [...linked, ...referrers.filter((source) => !onPurpose(source))].slice(0, REFERENCED_BY_SHOWN);
}

/**
 * The page of every entry of an alphabetically sorted list, in the same order; linear in the number of entries.
 * "Referenced by" lists the entries of `referring` (by default the list itself) that point at a page's entry.
 */
export function termPagesOf<T extends PageTerm>(
  sorted: readonly T[],
  bySlug: ReadonlyMap<string, T>,
  categoryById: ReadonlyMap<string, Category>,
  referring: readonly T[] = sorted,
): TermPage<T>[] {
  const referrers = backlinks(referring);
  return sorted.map((term, index) => {
    const category = categoryById.get(term.category);
    if (!category) throw new Error(`No category ${term.category} for ${term.slug}`);
    const { previous, next } = neighboursAt(sorted, index);
    const entries = (slugs: readonly string[]) => slugs.flatMap((slug) => bySlug.get(slug) ?? []);
    const referring = referrers.get(term.slug) ?? [];
    const referencedBy = shownReferrers(term.slug, referring);
    const linked = entries([...new Set([...term.links, ...term.mentioned])]);
    const referencedByCount = referring.length;
    return { term, category, related: entries(term.related), referencedBy, referencedByCount, linked, previous, next };
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
  const { term, category, related, referencedBy, referencedByCount, linked, previous, next } = page;
  const inputs = [
    settings,
    term,
    category,
    related.map(shown),
    referencedBy.map(shown),
    referencedByCount,
    shown(previous),
    shown(next),
    linked.map(shown),
  ];
  return createHash("sha256").update(JSON.stringify(inputs)).digest("base64url");
}
