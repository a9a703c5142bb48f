import { languageName } from "../../src/core/checks/translationChecks.ts";
import type { TranslationStatus } from "../../src/core/checks/translationStatus.ts";

/** `1 entry`, `2 entries`: a count with its noun. */
function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}

/** The one-line summary of a language's status: `nl (Dutch): 22 of 70 entries translated, 3 stale, 48 missing; …`. */
export function translationSummary(status: TranslationStatus): string {
  const { language, translated, published, stale, missing, untranslatedCategories, categories } = status;
  return (
    `${language} (${languageName(language)}): ${translated.length} of ${count(published, "entry", "entries")} translated, ` +
    `${stale.length} stale, ${missing.length} missing; ` +
    `${untranslatedCategories.length} of ${count(categories, "category", "categories")} untranslated`
  );
}

/**
 * A language's status for people: the entries still to translate (the file to create and the entry's title), the
 * stale translations (both dates and the entry's file), the categories left untranslated, then the summary. Paths
 * start with `prefix`, the content folder as the reader sees it.
 */
export function translationStatusText(status: TranslationStatus, prefix: string): string[] {
  const { language, missing, stale, untranslatedCategories } = status;
  const lines = [`Translations into ${languageName(language)} (${language}):`];
  if (missing.length > 0) {
    lines.push(
      `Not yet translated: ${count(missing.length, "entry", "entries")} (start one with: npm run new -- --lang ${language} <slug>)`,
    );
    for (const { file, title } of missing) lines.push(`  ${prefix}${file}  (${title})`);
  }
  if (stale.length > 0) {
    lines.push(
      `Stale: ${count(stale.length, "translation", "translations")} older than the entry's last change (check it against the entry, then set \`updated\`)`,
    );
    for (const { file, translated, entryChanged, entryFile } of stale) {
      lines.push(
        `  ${prefix}${file}  translated ${translated}, entry changed ${entryChanged}  (${prefix}${entryFile})`,
      );
    }
  }
  if (untranslatedCategories.length > 0) {
    lines.push(
      `Categories not translated: ${untranslatedCategories.length} (give their title and description in ${prefix}${language}/categories.yaml)`,
    );
    for (const id of untranslatedCategories) lines.push(`  ${id}`);
  }
  lines.push(translationSummary(status));
  return lines;
}

/** A language's status for machines, with paths starting with `prefix`. */
export function translationStatusJson(status: TranslationStatus, prefix: string) {
  return {
    name: languageName(status.language),
    entries: status.published,
    translated: status.translated.length,
    missing: status.missing.map(({ slug, title, file, entryFile }) => ({
      slug,
      title,
      file: `${prefix}${file}`,
      entry: `${prefix}${entryFile}`,
    })),
    stale: status.stale.map(({ slug, file, entryFile, translated, entryChanged }) => ({
      slug,
      file: `${prefix}${file}`,
      entry: `${prefix}${entryFile}`,
      translated,
      entryChanged,
    })),
    categories: status.categories,
    untranslatedCategories: status.untranslatedCategories,
  };
}
