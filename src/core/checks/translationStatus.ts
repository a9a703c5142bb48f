import type { Entry } from "../content/entry.ts";
import { slugOfFile } from "../content/entry.ts";
import type { Glossary } from "../content/glossary.ts";
import { translationFolder } from "../content/translations.ts";
import { lastChange } from "./translationChecks.ts";

/** A published entry with no translation yet: the file that would translate it. */
export interface MissingTranslation {
  slug: string;
  /** The entry's title, in the site's own language. */
  title: string;
  /** The translation file to create, relative to the content root: `nl/terms/<slug>.md`. */
  file: string;
  /** The entry's file, relative to the content root. */
  entryFile: string;
}

/** A translation older than the last change of the entry it translates. */
export interface StaleTranslation {
  slug: string;
  /** The translation's file, relative to the content root. */
  file: string;
  /** The entry's file, relative to the content root. */
  entryFile: string;
  /** When the translation last changed: its `updated`, else its `published`. */
  translated: string;
  /** When the entry last changed: its `updated`, else its `published`. */
  entryChanged: string;
}

/** How far the translation into one language has come. */
export interface TranslationStatus {
  language: string;
  /** How many entries of the site's own language are published: what there is to translate. */
  published: number;
  /** The slugs of the published entries that have a translation file (valid or not), in entry order. */
  translated: string[];
  /** The published entries without a translation file, in entry order. */
  missing: MissingTranslation[];
  /** The valid translations of published entries that changed after the translation did, in file order. */
  stale: StaleTranslation[];
  /** How many categories the glossary has. */
  categories: number;
  /** The ids of the categories `<lang>/categories.yaml` does not translate, in the glossary's order. */
  untranslatedCategories: string[];
}

/**
 * What is translated into `language` and what is not yet: the published entries with and without a translation
 * file, the translations older than their entry's last change, and the categories left untranslated. Undefined
 * when the glossary has no edition in that language (it is not in `translations`, or is the site's own language).
 */
export function translationStatus(
  glossary: Pick<Glossary, "entries" | "editions" | "categories">,
  language: string,
): TranslationStatus | undefined {
  const edition = glossary.editions.find((candidate) => candidate.language === language);
  if (!edition) return undefined;
  const published = glossary.entries.filter((entry) => !entry.data.draft);
  const bySlug = new Map<string, Entry>(published.map((entry) => [entry.slug, entry]));
  const withFile = new Set(edition.files.map(slugOfFile));
  const stale: StaleTranslation[] = [];
  for (const translation of edition.entries) {
    const entry = bySlug.get(translation.slug);
    if (!entry) continue;
    const translated = lastChange(translation.data);
    const entryChanged = lastChange(entry.data);
    if (translated >= entryChanged) continue;
    stale.push({ slug: entry.slug, file: translation.file, entryFile: entry.file, translated, entryChanged });
  }
  return {
    language,
    published: published.length,
    translated: published.filter((entry) => withFile.has(entry.slug)).map((entry) => entry.slug),
    missing: published
      .filter((entry) => !withFile.has(entry.slug))
      .map((entry) => ({
        slug: entry.slug,
        title: entry.data.title,
        file: `${translationFolder(language)}/${entry.slug}.md`,
        entryFile: entry.file,
      })),
    stale,
    categories: glossary.categories.length,
    untranslatedCategories: [...edition.untranslatedCategories],
  };
}
