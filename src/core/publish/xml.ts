import { withoutControlCharacters } from "../checks/names.ts";

/**
 * Escapes text for XML element content and attribute values. Control characters other than tab and line ends are
 * left out (XML 1.0 cannot hold the C0 ones even escaped, and discourages the C1 ones), as are U+FFFE and U+FFFF.
 */
export function escapeXml(text: string): string {
  return withoutControlCharacters(text).replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );
}
