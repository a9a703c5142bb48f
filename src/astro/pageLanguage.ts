import { languageFolder } from "../core/publish/paths.ts";
import { type Messages, messagesFor } from "../i18n/messages.ts";
import { href, settings } from "./site.ts";

/**
 * The language a page of this site is written in, read from its address: a page under `/<lang>/` (after the base
 * path) for one of the `translations` is in that language, every other page in the site's `language`.
 */
export function pageLanguage(url: URL): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.replace(/^\/+/, "");
  const first = path.split("/", 1)[0] ?? "";
  return settings.translations.find((language) => language === first) ?? settings.language;
}

/** The messages of the page at `url`, in its language (see `pageLanguage`). */
export function pageMessages(url: URL): Messages {
  return messagesFor(pageLanguage(url));
}

/** The folder of a language's pages: `` for the site's own, `nl/` for a translation. */
export function folderOf(language: string): string {
  return languageFolder(language === settings.language ? undefined : language);
}

/** The folder of the pages in the language of the page at `url`: `` for the site's own language, `nl/`. */
export function pageFolder(url: URL): string {
  return folderOf(pageLanguage(url));
}

/**
 * The URL of a page of the same language as the page at `url`, from its path inside a language's folder: `/nl/`
 * and `/nl/categories/` on a Dutch page, `/` and `/categories/` on the site's own.
 */
export function localHref(url: URL, path = ""): string {
  return href(`${pageFolder(url)}${path}`);
}

/**
 * The attributes of a link, from a page at `url`, to something in `language`: none when it is the page's own
 * language; else `hreflang` and `lang`, for a link whose text (a title) is in that other language.
 */
export function otherLanguage(url: URL, language: string): { hreflang?: string; lang?: string } {
  return language === pageLanguage(url) ? {} : { hreflang: language, lang: language };
}
