/** Ranges of code points, inclusive at both ends. */
export type CodePointRanges = readonly (readonly [number, number])[];

/** Reads a CSS `unicode-range` list (`U+0000-00FF,U+0131,U+4??`) into ranges of code points. */
export function parseUnicodeRange(list: string): CodePointRanges {
  return list
    .split(",")
    .map((part) => part.trim().replace(/^U\+/i, ""))
    .filter((part) => part !== "")
    .map((part): [number, number] => {
      if (part.includes("?"))
        return [Number.parseInt(part.replace(/\?/g, "0"), 16), Number.parseInt(part.replace(/\?/g, "f"), 16)];
      const [first = "", last = first] = part.split("-");
      return [Number.parseInt(first, 16), Number.parseInt(last, 16)];
    });
}

/** The characters of `texts` that no range covers (white space aside), each once, in the order they first appear. */
export function uncovered(texts: readonly string[], ranges: CodePointRanges): string[] {
  const missing = new Set<string>();
  for (const text of texts) {
    for (const character of text) {
      if (/\s/u.test(character)) continue;
      const point = character.codePointAt(0) ?? 0;
      if (!ranges.some(([first, last]) => point >= first && point <= last)) missing.add(character);
    }
  }
  return [...missing];
}
