/** Removes accents and other combining marks: "Ångström" becomes "Angstrom". */
export function foldAccents(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "");
}

/** Normalises a term name for comparison: case, accents, punctuation and spacing are ignored. */
export function nameKey(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
