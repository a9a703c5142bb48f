import { getCollection } from "astro:content";
import type { Category } from "../core/checks/schema.ts";
import { sortByTitle } from "../core/graph/collation.ts";
import type { NamedSlug } from "../core/graph/editionNames.ts";
import { groupByLetter, type LetterGroup } from "../core/graph/letters.ts";
import { type LetterPage, type ListPage, letterPages, paginate, splitsIndex } from "../core/graph/listPages.ts";
import { languagePath } from "../core/publish/paths.ts";
import type { CategoryRecord, EntryRecord, LanguageRecord, TranslationRecord } from "./entryRecord.ts";
import { settings } from "./site.ts";

/** A published entry as pages use it, in one language: its slug, its stored data and where its page is. */
export interface Term extends EntryRecord {
  slug: string;
  /** The language the term's title, definition and page are in. */
  language: string;
  /** The site-relative path of its page: `terms/<slug>/`, or `<lang>/terms/<slug>/` for a translation. */
  path: string;
  /** The validated body, where the store keeps it (the dev server); a build reads it from the file. */
  body?: string;
}

/** Everything the pages of one language need, computed once per build rather than once per page. */
export interface GlossaryData {
  /** The language of these pages. */
  language: string;
  /** Every published entry of this language in its alphabetical order: for a translation, the translated ones. */
  terms: Term[];
  /**
   * Every published entry by slug, in this language where it is translated and else in the site's own language:
   * what cards, links and previews of this language's pages show of other entries.
   */
  bySlug: Map<string, Term>;
  /** The names each entry has on this language's pages (see editionNames), for linking mentions. */
  names: Map<string, NamedSlug>;
  /** Categories in the order of `categories.yaml`, in this language where translated. */
  categories: ShownCategory[];
  /** Categories by id. */
  categoryById: Map<string, ShownCategory>;
  /** Entries of each category, alphabetically. */
  termsByCategory: Map<string, Term[]>;
  /** For a translated language, the entries of each category that exist only in the site's own language. */
  untranslatedByCategory: Map<string, number>;
  /** How many published entries exist only in the site's own language (none for that language itself). */
  untranslated: number;
  /** Every bucket of the A–Z index with its entries, `#` first. */
  letterGroups: LetterGroup<Term>[];
  /** Whether the A–Z index is split into letter pages (the glossary is longer than one list page). */
  indexSplit: boolean;
  /** The pages of the split A–Z index, in order; none while the whole index fits on the home page. */
  letterPages: LetterPage<Term>[];
  /** The pages of every category, in the order of `categories.yaml`; an empty category has one empty page. */
  categoryPages: CategoryPage[];
}

/** A category as one language's pages show it: translated, or marked with the language its texts are in. */
export type ShownCategory = Category & {
  /** The language of the title and description when it is not the pages' (a category left untranslated). */
  language?: string;
};

/** One page of a category's list of entries. */
export interface CategoryPage extends ListPage<Term> {
  category: ShownCategory;
  /** The category's entries in all. */
  total: number;
}

const cached = new Map<string, Promise<GlossaryData>>();

/** The site's own entries, in its language's order. */
async function ownTerms(): Promise<Term[]> {
  const records = await getCollection("terms");
  return sortByTitle(
    records.map((record) => ({
      ...(record.data as EntryRecord),
      slug: record.id,
      language: settings.language,
      path: languagePath(undefined, record.id),
      ...(record.body === undefined ? {} : { body: record.body }),
    })),
    settings.language,
  );
}

/** The translated entries of one language, in its order. */
async function translatedTerms(language: string): Promise<Term[]> {
  const records = await getCollection("translations", (record) => record.data.language === language);
  return sortByTitle(
    records.map((record) => {
      const { language: _, ...data } = record.data as TranslationRecord;
      const slug = record.id.slice(language.length + 1);
      return {
        ...data,
        slug,
        language,
        path: languagePath(language, slug),
        ...(record.body === undefined ? {} : { body: record.body }),
      };
    }),
    language,
  );
}

async function build(language: string): Promise<GlossaryData> {
  const own = await ownTerms();
  const translated = language === settings.language ? undefined : await translatedTerms(language);
  const terms = translated ?? own;
  // Without translations the collection is empty, and Astro warns of every read of an empty collection.
  const languageRecord =
    settings.translations.length === 0
      ? undefined
      : ((await getCollection("languages")).find((record) => record.id === language)?.data as
          | LanguageRecord
          | undefined);
  const ownCategories: Category[] = (await getCollection("categories"))
    .map((record) => record.data as CategoryRecord)
    .sort((a, b) => a.position - b.position)
    .map(({ position: _, ...category }) => category);
  const untranslatedCategories = new Set(languageRecord?.untranslatedCategories ?? []);
  const categories: ShownCategory[] = (languageRecord?.categories ?? ownCategories).map((category) =>
    untranslatedCategories.has(category.id) ? { ...category, language: settings.language } : category,
  );
  const bySlug = new Map(own.map((term) => [term.slug, term]));
  for (const term of translated ?? []) bySlug.set(term.slug, term);
  const termsByCategory = new Map<string, Term[]>(categories.map((category) => [category.id, []]));
  for (const term of terms) termsByCategory.get(term.category)?.push(term);
  const untranslatedByCategory = new Map<string, number>();
  if (translated) {
    for (const term of own) {
      if (bySlug.get(term.slug) !== term) continue;
      untranslatedByCategory.set(term.category, (untranslatedByCategory.get(term.category) ?? 0) + 1);
    }
  }
  const names = new Map(
    (languageRecord?.names ?? own.map(({ slug, title, aliases }) => ({ slug, title, aliases: [...aliases] }))).map(
      (named) => [named.slug, named],
    ),
  );
  const size = settings.listPageSize;
  const letterGroups = groupByLetter(terms, language);
  const indexSplit = splitsIndex(terms.length, size);
  return {
    language,
    terms,
    bySlug,
    names,
    categories,
    categoryById: new Map(categories.map((category) => [category.id, category])),
    termsByCategory,
    untranslatedByCategory,
    untranslated: own.length - terms.length,
    letterGroups,
    indexSplit,
    letterPages: indexSplit ? letterPages(letterGroups, size) : [],
    categoryPages: categories.flatMap((category) => {
      const members = termsByCategory.get(category.id) ?? [];
      return paginate(members, size).map((page) => ({ ...page, category, total: members.length }));
    }),
  };
}

/**
 * Returns the shared page data of one language (the site's own by default), built on first use (and afresh on
 * every request in dev, to see edits).
 */
export function glossaryData(language = settings.language): Promise<GlossaryData> {
  if (import.meta.env.DEV) return build(language);
  let data = cached.get(language);
  if (!data) {
    data = build(language);
    cached.set(language, data);
  }
  return data;
}
