/** The site's base path with one trailing slash ("/" or "/glossary/"), for addresses the client builds. */
export const SITE_BASE = import.meta.env.BASE_URL.replace(/\/?$/, "/");

/**
 * The folder of the page's language under the base (`nl/` on a translated page, `` on the site's own), from the
 * `data-folder` of its `<html>`: where its name index, search page and entry pages are.
 */
export const PAGE_FOLDER = document.documentElement.dataset.folder ?? "";
