/** Decodes percent-encoding (`%20`), or returns the text as it is when it is not valid encoding. */
export function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Site-relative path of an entry page (no leading slash; join it to the base). */
export function termPath(slug: string): string {
  return `terms/${slug}/`;
}

/** Site-relative path of a category page. */
export function categoryPath(id: string): string {
  return `categories/${id}/`;
}

/** The anchor id of a letter group in the A–Z index (`#` becomes `other`). */
export function letterAnchor(letter: string): string {
  return letter === "#" ? "letter-other" : `letter-${letter.toLowerCase()}`;
}

/** Joins a base path (`/`, `/glossary`, `/glossary/`) and a site-relative path into one root-relative URL. */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith("/") ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, "")}`;
}

/**
 * Rewrites a root-relative link written in content (`/terms/x/`) so it works under the site's base path;
 * other links (external, relative, fragments) are returned unchanged.
 */
export function rebaseLink(base: string, href: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const trimmed = base.replace(/\/+$/, "");
  if (trimmed === "" || href === trimmed || href.startsWith(`${trimmed}/`)) return href;
  return joinBase(base, href);
}

/** The address segment of a letter of the A–Z index: the letter in lower case, or `other` for `#`. */
export function letterSegment(letter: string): string {
  return letter === "#" ? "other" : letter.toLowerCase();
}

/** Site-relative path of a letter's page of the split A–Z index. */
export function letterPath(letter: string): string {
  return `letters/${letterSegment(letter)}/`;
}

/** Site-relative path of page `number` of a paginated list at `path`: the first page is `path` itself, then `path/2/`. */
export function pagedPath(path: string, number: number): string {
  return number <= 1 ? path : `${path}${number}/`;
}

/** The site-relative folder of a language's pages: `` for the site's own language, `nl/` for a translation. */
export function languageFolder(language: string | undefined): string {
  return language === undefined ? "" : `${language}/`;
}

/** Site-relative path of an entry's page in a language (undefined: the site's own language). */
export function languagePath(language: string | undefined, slug: string): string {
  return `${languageFolder(language)}${termPath(slug)}`;
}
