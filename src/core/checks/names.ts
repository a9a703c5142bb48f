/**
 * What a name or a line of text may hold besides its words. Names must show at least one letter, digit or symbol;
 * no text may carry the bidirectional embedding, override or isolate controls, which make text display in another
 * order than it is stored (so a title can read as something else than what search, links and the validator see).
 */

/** The explicit bidirectional formatting characters: embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

/** Control characters other than tab and line ends, and the noncharacters U+FFFE and U+FFFF. */
const CONTROL_CHARACTERS = /(?![\t\n\r])[\p{Cc}\uFFFE\uFFFF]/gu;

/** The text without its control characters (other than tab and line ends) and noncharacters: what XML can hold. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}

/** Tells whether text holds a control character other than tab and line ends, or a noncharacter (U+FFFE, U+FFFF). */
export function hasControlCharacter(text: string): boolean {
  return withoutControlCharacters(text) !== text;
}

/** What the `bidi-control` rule says, wherever it finds one (front matter, settings, a body). */
export const BIDI_CONTROL_MESSAGE =
  "holds a bidirectional control character (U+202A–U+202E or U+2066–U+2069), which shows the text in another order than it is written: remove it";

/** Tells whether text holds a bidirectional embedding, override or isolate control. */
export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROLS.test(text);
}

/**
 * Characters that show nothing however they are used: format characters, Unicode's default-ignorable code points
 * (zero-width spaces and joiners, variation selectors, the Hangul fillers) and the blank Braille pattern.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/** Tells whether a name shows anything: a letter, digit, punctuation or symbol, not only spaces and invisible characters. */
export function isVisibleName(name: string): boolean {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(name.replace(INVISIBLE, ""));
}
