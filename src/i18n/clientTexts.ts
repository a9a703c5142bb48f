import type { SearchBoxTexts, SearchDialogTexts } from "../client/pageTexts.ts";
import { LEVELS } from "../core/checks/schema.ts";
import { levelLabel } from "../core/publish/levels.ts";
import { levelName } from "./levels.ts";
import type { Messages } from "./messages.ts";

/** The search box's texts in the messages' language, for a page to carry in `data-messages`. */
export function searchBoxTexts(messages: Messages): SearchBoxTexts {
  // The index names levels by their English labels; only those shown otherwise are carried, and none when none is.
  const shown = LEVELS.map((level) => [levelLabel(level), levelName(messages, level)]);
  const levels = Object.fromEntries(shown.filter(([label, name]) => label !== name));
  return {
    locale: messages.locale,
    results: messages.text("search.results"),
    count: messages.forms("search.count"),
    searching: messages.text("search.searching"),
    none: messages.text("search.none"),
    noneSuggest: messages.text("search.noneSuggest"),
    suggest: messages.text("search.suggest"),
    separator: messages.text("search.suggest.separator"),
    lastSeparator: messages.text("search.suggest.lastSeparator"),
    all: messages.text("search.allResults"),
    ...(Object.keys(levels).length > 0 && { levels }),
  };
}

/** The search dialog's texts in the messages' language, its box's included, for every page's search control. */
export function searchDialogTexts(messages: Messages): SearchDialogTexts {
  return {
    ...searchBoxTexts(messages),
    label: messages.text("search.label"),
    close: messages.text("search.dialog.close"),
    placeholder: messages.text("search.placeholder"),
    hints: messages.text("search.dialog.hints"),
  };
}
