import type { SiteAddresses } from "../core/publish/structuredData.ts";
import { type GlossaryData, glossaryData } from "./glossaryData.ts";
import { folderOf } from "./pageLanguage.ts";
import { absoluteUrl, settings } from "./site.ts";

/** One language version of a page: its language and its site-relative path. */
export interface LanguageVersion {
  language: string;
  path: string;
}

/** Every language of the site: its own first, then the translations in the order `site.yaml` lists them. */
export const siteLanguages: readonly string[] = [settings.language, ...settings.translations];

/**
 * The versions of a page every language has (home, search, categories), given its path inside a language's
 * folder (`categories/` for `nl/categories/`).
 */
export function pageVersions(path: string): LanguageVersion[] {
  return siteLanguages.map((language) => ({ language, path: `${folderOf(language)}${path}` }));
}

/**
 * The versions of an entry's page: in the site's own language, and in every translated language that has a
 * published translation of it.
 */
export async function termVersions(slug: string): Promise<LanguageVersion[]> {
  const versions: LanguageVersion[] = [];
  for (const language of siteLanguages) {
    const term = (await glossaryData(language)).bySlug.get(slug);
    if (term && term.language === language) versions.push({ language, path: term.path });
  }
  return versions;
}

/**
 * The addresses structured data uses on one language's pages: its home, each entry's page in that language where
 * translated (else the site's own), and, on a site with translations, the language itself.
 */
export function languageAddresses({ language, bySlug }: GlossaryData): SiteAddresses {
  return {
    name: settings.title,
    home: absoluteUrl(folderOf(language)),
    term: (slug) => absoluteUrl(bySlug.get(slug)?.path ?? `${folderOf(language)}terms/${slug}/`),
    // Only a site in more than one language says which one each page is in.
    ...(settings.translations.length > 0 ? { language } : {}),
  };
}

/** The static paths of a page every translated language has once, at `/<lang>/…`. */
export function translatedLanguagePaths(): { params: { lang: string } }[] {
  return settings.translations.map((lang) => ({ params: { lang } }));
}
