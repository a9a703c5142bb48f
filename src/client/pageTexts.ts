/**
 * The texts scripts show and announce. Scripts carry no catalogue: a page renders the texts a script needs, in the
 * page's language, into a `data-messages` attribute (see src/i18n/clientTexts.ts), and the script reads them there.
 */

import type { PluralForms } from "../i18n/catalogues.ts";
import { messageParts } from "../i18n/placeholders.ts";

/** The forms of a plural text by Intl.PluralRules category, as catalogues write them; `other` is always there. */
export type PluralTexts = PluralForms;

/** What the search box shows and announces. */
export interface SearchBoxTexts {
  /** The language tag counts are written for. */
  locale: string;
  /** The name of the list of results. */
  results: string;
  /** How many results were found, `{count}` of them. */
  count: PluralTexts;
  searching: string;
  none: string;
  /** No results, with closest names offered. */
  noneSuggest: string;
  /** The sentence offering the closest names: `{query}`, then `{names}`, the links. */
  suggest: string;
  /** Between two of those names, and before the last. */
  separator: string;
  lastSeparator: string;
  /** The link to the search page's results for `{query}`. */
  all: string;
  /** How a level the index names (its label, "Intermediate") is shown, where that differs; absent when none does. */
  levels?: Readonly<Record<string, string>>;
}

/** What the search dialog shows besides its box. */
export interface SearchDialogTexts extends SearchBoxTexts {
  label: string;
  close: string;
  placeholder: string;
  /** The keys to use: `{up}`, `{down}`, `{enter}` and `{esc}` stand for the keys themselves. */
  hints: string;
}

/**
 * The file of a language's search dialog texts inside its folder, which the dialog fetches as it is first readied
 * (written by src/pages/search/dialog-texts.json.ts and its translated twin).
 */
export const DIALOG_TEXTS_FILE = "search/dialog-texts.json";

/** The texts an element carries in its `data-messages` attribute. */
export function pageTexts<T>(element: HTMLElement | null): T {
  return JSON.parse(element?.dataset.messages ?? "{}") as T;
}

/** A text cut at its `{name}` placeholders with each replaced by its value, text or an element, to be appended. */
export function textParts(text: string, values: Readonly<Record<string, string | Node>>): (string | Node)[] {
  return messageParts(text).map((part, index) => (index % 2 === 0 ? part : (values[part] ?? `{${part}}`)));
}

/** A text with its `{name}` placeholders replaced by their values. */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return textParts(text, values).join("");
}

/** The form of a plural text `n` needs, with `{count}` as `n` written in `locale`. */
export function countText(forms: PluralTexts, n: number, locale: string): string {
  const form = forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;
  return form.replace("{count}", n.toLocaleString(locale));
}
