import type { Category } from "../core/checks/schema.ts";
import { errorsOf, type Glossary, loadGlossary, publishedEntries } from "../core/content/glossary.ts";
import type { Edition } from "../core/content/translations.ts";
import { editionNames } from "../core/graph/editionNames.ts";
import { languageFolder, languagePath } from "../core/publish/paths.ts";
import { namedTerm } from "./namedTerms.ts";
import { type NamedTerm, nameIndexFiles } from "./nameIndex.ts";
import { checked, withPagefindIndex } from "./pagefindIndex.ts";
import { searchRecord } from "./searchRecord.ts";

/** A Pagefind bundle held in memory: file path inside the bundle → bytes. */
export type BundleFiles = Map<string, Uint8Array>;

/** What the dev server searches: a Pagefind bundle and the name indexes (path inside its folder → JSON text). */
export interface ContentIndex {
  files: BundleFiles;
  /** The name index of each language, by the folder of its pages (`` for the site's own, `nl/`). */
  names: Map<string, Map<string, string>>;
  pageCount: number;
}

/**
 * The name index input of one language (`edition` undefined: the site's own): every published entry by its names
 * there (see editionNames), an untranslated one marked with the site's language, whose page it links to.
 */
function languageTerms(glossary: Glossary, edition: Edition | undefined): NamedTerm[] {
  const { entries, editions, settings } = glossary;
  const categories = new Map((edition ?? glossary).categories.map((category) => [category.id, category.title]));
  const translated = new Map(publishedEntries(edition ?? { entries: [] }).map((entry) => [entry.slug, entry]));
  const own = new Map(entries.map((entry) => [entry.slug, entry]));
  return editionNames(entries, editions, edition).flatMap((named) => {
    const shown = translated.get(named.slug) ?? own.get(named.slug);
    if (!shown) return [];
    const otherLanguage = edition && !translated.has(named.slug) ? settings.language : undefined;
    return [
      namedTerm(named.slug, { ...shown.data, ...named }, categories.get(shown.data.category) ?? "", otherLanguage),
    ];
  });
}

/**
 * Builds a search bundle and the name indexes straight from a content folder, one custom record per published
 * entry and translation, without building the site. Content with errors yields no bundle: the caller reports the
 * problems.
 */
export async function indexContent(root: string): Promise<ContentIndex | undefined> {
  const glossary = loadGlossary(root);
  if (errorsOf(glossary).length > 0) return undefined;
  const { language } = glossary.settings;
  const languages = [
    { language, edition: undefined, entries: publishedEntries(glossary), categories: glossary.categories },
    ...glossary.editions.map((edition) => ({
      language: edition.language,
      edition,
      entries: publishedEntries(edition),
      categories: edition.categories,
    })),
  ];
  const config = glossary.editions.length > 0 ? {} : { forceLanguage: language };
  return withPagefindIndex(config, async (index) => {
    let pageCount = 0;
    for (const { language: pages, edition, entries, categories } of languages) {
      const byId = new Map<string, Category>(categories.map((category) => [category.id, category]));
      for (const entry of entries) {
        const category = byId.get(entry.data.category);
        if (!category) continue;
        const path = languagePath(edition?.language, entry.slug);
        checked(`indexing ${entry.file}`, await index.addCustomRecord(searchRecord(entry, category, pages, path)));
        pageCount++;
      }
    }
    const { files } = checked("collecting the search bundle", await index.getFiles());
    const bundle = new Map(files.map((file) => [file.path, file.content]));
    const names = new Map(
      languages.map(({ edition }) => [
        languageFolder(edition?.language),
        nameIndexFiles(languageTerms(glossary, edition)),
      ]),
    );
    return { files: bundle, names, pageCount };
  });
}
