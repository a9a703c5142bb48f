/**
 * How messages name the values they hold: `{name}`. Kept apart from the catalogues, so that a browser script can
 * fill the texts a page carries without loading any catalogue.
 */
export const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A message cut at its placeholders, for markup to go in their places: the texts at even positions, the names of
 * the placeholders at odd ones ("Updated {date}" → `["Updated ", "date", ""]`).
 */
export function messageParts(message: string): string[] {
  return message.split(PLACEHOLDER);
}
