import { getCollection } from "astro:content";
import type { Category } from "../core/checks/schema.ts";
import { sortByTitle } from "../core/graph/collation.ts";
import { groupByLetter, type LetterGroup } from "../core/graph/letters.ts";
import { type LetterPage, type ListPage, letterPages, paginate, splitsIndex } from "../core/graph/listPages.ts";
import type { CategoryRecord, EntryRecord } from "./entryRecord.ts";
import { settings } from "./site.ts";

/** A published entry as pages use it: its slug and its stored data. */
export interface Term extends EntryRecord {
  slug: string;
  /** The validated body, where the store keeps it (the dev server); a build reads it from the file. */
  body?: string;
}

/** Everything the pages need, computed once per build rather than once per page. */
export interface GlossaryData {
  /** Every published entry in alphabetical order. */
  terms: Term[];
  /** Entries by slug. */
  bySlug: Map<string, Term>;
  /** Categories in the order of `categories.yaml`. */
  categories: Category[];
  /** Categories by id. */
  categoryById: Map<string, Category>;
  /** Entries of each category, alphabetically. */
  termsByCategory: Map<string, Term[]>;
  /** Every bucket of the A–Z index with its entries, `#` first. */
  letterGroups: LetterGroup<Term>[];
  /** Whether the A–Z index is split into letter pages (the glossary is longer than one list page). */
  indexSplit: boolean;
  /** The pages of the split A–Z index, in order; none while the whole index fits on the home page. */
  letterPages: LetterPage<Term>[];
  /** The pages of every category, in the order of `categories.yaml`; an empty category has one empty page. */
  categoryPages: CategoryPage[];
}

/** One page of a category's list of entries. */
export interface CategoryPage extends ListPage<Term> {
  category: Category;
  /** The category's entries in all. */
  total: number;
}

let cached: Promise<GlossaryData> | undefined;

async function build(): Promise<GlossaryData> {
  const records = await getCollection("terms");
  const terms = sortByTitle(
    records.map((record) => ({
      ...(record.data as EntryRecord),
      slug: record.id,
      ...(record.body === undefined ? {} : { body: record.body }),
    })),
    settings.language,
  );
  const categories: Category[] = (await getCollection("categories"))
    .map((record) => record.data as CategoryRecord)
    .sort((a, b) => a.position - b.position)
    .map(({ position: _, ...category }) => category);
  const termsByCategory = new Map<string, Term[]>(categories.map((category) => [category.id, []]));
  for (const term of terms) termsByCategory.get(term.category)?.push(term);
  const size = settings.listPageSize;
  const letterGroups = groupByLetter(terms, settings.language);
  const indexSplit = splitsIndex(terms.length, size);
  return {
    terms,
    bySlug: new Map(terms.map((term) => [term.slug, term])),
    categories,
    categoryById: new Map(categories.map((category) => [category.id, category])),
    termsByCategory,
    letterGroups,
    indexSplit,
    letterPages: indexSplit ? letterPages(letterGroups, size) : [],
    categoryPages: categories.flatMap((category) => {
      const members = termsByCategory.get(category.id) ?? [];
      return paginate(members, size).map((page) => ({ ...page, category, total: members.length }));
    }),
  };
}

/** Returns the glossary's shared page data, built on first use (and afresh on every request in dev, to see edits). */
export function glossaryData(): Promise<GlossaryData> {
  if (import.meta.env.DEV) return build();
  cached ??= build();
  return cached;
}
