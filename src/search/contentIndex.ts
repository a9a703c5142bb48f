import { errorsOf, loadGlossary, publishedEntries } from "../core/content/glossary.ts";
import { checked, withPagefindIndex } from "./pagefindIndex.ts";
import { searchRecord } from "./searchRecord.ts";

/** A Pagefind bundle held in memory: file path inside the bundle → bytes. */
export type BundleFiles = Map<string, Uint8Array>;

/**
 * Builds a search bundle straight from a content folder, one custom record per published entry, without building
 * the site. Content with errors yields no bundle: the caller reports the problems.
 */
export async function indexContent(root: string): Promise<{ files: BundleFiles; pageCount: number } | undefined> {
  const glossary = loadGlossary(root);
  if (errorsOf(glossary).length > 0) return undefined;
  const categories = new Map(glossary.categories.map((category) => [category.id, category]));
  const { language } = glossary.settings;
  return withPagefindIndex({ forceLanguage: language }, async (index) => {
    let pageCount = 0;
    for (const entry of publishedEntries(glossary)) {
      const category = categories.get(entry.data.category);
      if (!category) continue;
      checked(`indexing ${entry.file}`, await index.addCustomRecord(searchRecord(entry, category, language)));
      pageCount++;
    }
    const { files } = checked("collecting the search bundle", await index.getFiles());
    return { files: new Map(files.map((file) => [file.path, file.content])), pageCount };
  });
}
