/** The site's base path with one trailing slash ("/" or "/glossary/"), for addresses the client builds. */
export const SITE_BASE = import.meta.env.BASE_URL.replace(/\/?$/, "/");
