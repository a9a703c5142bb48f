import { errorsOf, loadGlossary, publishedEntries } from "../core/content/glossary.ts";
import { namedTerm } from "./namedTerms.ts";
import { type NamedTerm, nameIndexFiles } from "./nameIndex.ts";
import { checked, withPagefindIndex } from "./pagefindIndex.ts";
import { searchRecord } from "./searchRecord.ts";

/** A Pagefind bundle held in memory: file path inside the bundle → bytes. */
export type BundleFiles = Map<string, Uint8Array>;

/** What the dev server searches: a Pagefind bundle and the name index (path inside its folder → JSON text). */
export interface ContentIndex {
  files: BundleFiles;
  names: Map<string, string>;
  pageCount: number;
}

/**
 * Builds a search bundle and the name index straight from a content folder, one custom record per published entry,
 * without building the site. Content with errors yields no bundle: the caller reports the problems.
 */
export async function indexContent(root: string): Promise<ContentIndex | undefined> {
  const glossary = loadGlossary(root);
  if (errorsOf(glossary).length > 0) return undefined;
  const categories = new Map(glossary.categories.map((category) => [category.id, category]));
  const { language } = glossary.settings;
  return withPagefindIndex({ forceLanguage: language }, async (index) => {
    const named: NamedTerm[] = [];
    for (const entry of publishedEntries(glossary)) {
      const category = categories.get(entry.data.category);
      if (!category) continue;
      checked(`indexing ${entry.file}`, await index.addCustomRecord(searchRecord(entry, category, language)));
      named.push(namedTerm(entry.slug, entry.data, category.title));
    }
    const { files } = checked("collecting the search bundle", await index.getFiles());
    const bundle = new Map(files.map((file) => [file.path, file.content]));
    return { files: bundle, names: nameIndexFiles(named), pageCount: named.length };
  });
}
