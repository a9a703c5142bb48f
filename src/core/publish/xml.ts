/**
 * Characters a feed or sitemap must not hold: controls other than tab and line ends (XML 1.0 cannot hold the C0
 * ones even escaped, and discourages the C1 ones), U+FFFE and U+FFFF.
 */
const NOT_XML = /(?![\t\n\r])[\p{Cc}\uFFFE\uFFFF]/gu;

/** Escapes text for XML element content and attribute values; characters XML cannot hold are left out. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}
