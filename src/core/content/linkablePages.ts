import type { Category } from "../checks/schema.ts";
import type { SiteSettings } from "../checks/site.ts";
import { sitePages } from "../graph/sitePages.ts";
import type { Entry } from "./entry.ts";
import { listPublicFiles } from "./publicFiles.ts";

/**
 * The pages body links may lead to: the site's pages for these entries and translations, and the files of the
 * project's `public/` folder (read from the working directory, the project root of validate, build and dev).
 */
export function linkablePages(
  settings: Pick<SiteSettings, "language" | "translations" | "listPageSize">,
  entries: readonly Entry[],
  categories: readonly Category[],
  editions: readonly { language: string; entries: readonly Entry[] }[],
): Set<string> {
  const translated = new Set(settings.translations.filter((language) => language !== settings.language));
  return sitePages({
    language: settings.language,
    entries,
    categories,
    listPageSize: settings.listPageSize,
    editions: editions.filter((edition) => translated.has(edition.language)),
    publicFiles: listPublicFiles(),
  });
}
