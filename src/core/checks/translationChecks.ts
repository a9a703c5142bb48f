import { type Dirent, readdirSync } from "node:fs";
import { hasCatalogue } from "../../i18n/messages.ts";
import type { Entry } from "../content/entry.ts";
import { TERMS_DIR } from "../content/termsFolder.ts";
import type { TranslationFile } from "../content/translation.ts";
import type { Problem } from "./problem.ts";
import { canonicalLanguage, type SiteSettings } from "./site.ts";

/** The English name of a language, for messages (`nl` → Dutch). */
export function languageName(language: string): string {
  return new Intl.DisplayNames(["en"], { type: "language", fallback: "code" }).of(language) ?? language;
}

/** A translation whose file name names no entry. */
export function orphanTranslation(file: string, slug: string, guess: string | undefined): Problem {
  const hint = guess
    ? `; did you mean \`${guess}.md\`?`
    : "; a translation has the file name of the entry it translates";
  return {
    file,
    position: { line: 1, column: 1 },
    message: `translates no entry: there is no ${TERMS_DIR}/${slug}.md${hint}`,
    rule: "translation-orphan",
    severity: "error",
  };
}

/** The date an entry or a translation last changed: its `updated`, else its `published`. */
export function lastChange(data: { published: string; updated?: string | undefined }): string {
  return data.updated ?? data.published;
}

/** A warning when the entry changed after the translation last did, so the translation may say something older. */
export function staleTranslation(
  translation: TranslationFile,
  entry: Entry,
  defaultLanguage: string,
): Problem | undefined {
  const entryChanged = lastChange(entry.data);
  const translated = lastChange(translation.data);
  if (entryChanged <= translated) return undefined;
  const field = translation.data.updated === undefined ? "published" : "updated";
  return {
    file: translation.file,
    field,
    position: translation.source.locate([field]),
    message: `the ${languageName(defaultLanguage)} entry changed on ${entryChanged}, after this translation (${translated}); the translation may be out of date: check it against ${entry.file}, then set \`updated\``,
    rule: "translation-stale",
    severity: "warning",
  };
}

/** Problems with `translations` in `site.yaml`: the site's own language listed, or a language listed twice. */
export function translationSettingsProblems(settings: SiteSettings): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  settings.translations.forEach((language, index) => {
    const at = { file: "site.yaml", field: `translations[${index}]`, severity: "error" as const };
    if (language === settings.language) {
      const message = `\`${language}\` is the site's own \`language\`: list only the languages entries are translated into`;
      problems.push({ ...at, message, rule: "translation-language-default" });
    } else if (seen.has(language)) {
      problems.push({ ...at, message: `\`${language}\` is listed twice`, rule: "translation-language-duplicate" });
    }
    seen.add(language);
  });
  return problems;
}

/** Whether a folder holds what a translated language has: a `terms/` folder or a `categories.yaml`. */
function holdsTranslations(folder: string): boolean {
  try {
    return readdirSync(folder).some((name) => name === TERMS_DIR || name === "categories.yaml");
  } catch {
    return false;
  }
}

/**
 * Folders at the top of the content root that hold translations (`de/terms/`) into a language `site.yaml` does not
 * list: their files would silently never be published.
 */
export function unlistedTranslationFolders(root: string, settings: SiteSettings): Problem[] {
  let dirents: Dirent[];
  try {
    dirents = readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  const listed = new Set(settings.translations);
  const problems: Problem[] = [];
  for (const dirent of dirents) {
    if (!dirent.isDirectory() || dirent.name === TERMS_DIR) continue;
    const language = canonicalLanguage(dirent.name);
    if (language === undefined || listed.has(dirent.name)) continue;
    if (!holdsTranslations(`${root}/${dirent.name}`)) continue;
    const what =
      language === settings.language
        ? `holds translations into \`${language}\`, the site's own language: entries in it belong in ${TERMS_DIR}/`
        : listed.has(language)
          ? `is written \`${dirent.name}\`, but site.yaml lists the language as \`${language}\`: rename the folder to ${language}/`
          : `holds translations into \`${dirent.name}\` (${languageName(language)}), which site.yaml does not list: add \`${language}\` to \`translations\`, or remove the folder`;
    problems.push({ file: `${dirent.name}/`, message: what, rule: "translation-language-unlisted", severity: "error" });
  }
  return problems;
}

/**
 * Warnings for the languages of `site.yaml` that have no message catalogue (src/i18n/catalogues/): their pages
 * show the interface in English.
 */
export function missingCatalogues(settings: SiteSettings): Problem[] {
  const fields = [
    { language: settings.language, field: "language" },
    ...settings.translations.map((language, index) => ({ language, field: `translations[${index}]` })),
  ];
  return fields
    .filter(({ language }) => !hasCatalogue(language))
    .map(({ language, field }) => ({
      file: "site.yaml",
      field,
      message: `the interface has no texts in ${languageName(language)} (\`${language}\`), so its pages show them in English: add src/i18n/catalogues/${language.split("-")[0]}.json (every key of en.json, translated) and list it in src/i18n/catalogues.ts`,
      rule: "language-no-catalogue",
      severity: "warning",
    }));
}
