import { settings } from "./site.ts";

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
