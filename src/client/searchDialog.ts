import stylesheet from "../styles/search.css?url";
import { nameIndex } from "./nameIndexClient.ts";
import { DIALOG_TEXTS_FILE, type SearchDialogTexts, textParts } from "./pageTexts.ts";
import { SearchBox, searchBoxElements } from "./searchBox.ts";
import { PAGE_FOLDER, SITE_BASE } from "./siteBase.ts";

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;

function loadStylesheet(): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = stylesheet;
    link.onload = () => resolve();
    link.onerror = () => resolve();
    document.head.append(link);
  });
}

let styled: Promise<void> | undefined;

/** The dialog's texts in the page's language, fetched once from the file its language's folder holds. */
async function fetchTexts(): Promise<SearchDialogTexts> {
  const response = await fetch(`${SITE_BASE}${PAGE_FOLDER}${DIALOG_TEXTS_FILE}`);
  if (!response.ok) throw new Error(`the search dialog's texts answered ${response.status}`);
  return (await response.json()) as SearchDialogTexts;
}

let texts: Promise<SearchDialogTexts> | undefined;

function kbd(key: string): HTMLElement {
  const created = document.createElement("kbd");
  created.textContent = key;
  return created;
}

/**
 * The search dialog's markup: a labelled search landmark with the combobox, its list, a count and key hints, in the
 * texts of the page's language.
 */
function dialogElement(texts: SearchDialogTexts): HTMLDialogElement {
  const created = document.createElement("dialog");
  created.className = "search-dialog";
  created.setAttribute("aria-labelledby", "search-dialog-label");
  created.innerHTML = `<div role="search" class="search-box">
  <div class="search-dialog-bar"><label id="search-dialog-label" for="search-dialog-input"></label>
  <button type="button" class="search-dialog-close" data-search-close></button></div>
  <input id="search-dialog-input" class="search-input" type="text">
  <p class="search-status" role="status" data-search-status></p>
  <div id="search-dialog-results" class="search-results" hidden></div>
  <div class="search-extra" data-search-extra></div>
  <p class="search-hints" aria-hidden="true"></p>
</div>`;
  const find = (selector: string) => created.querySelector(selector) as HTMLElement;
  find("label").textContent = texts.label;
  find("button").textContent = texts.close;
  (find("input") as HTMLInputElement).placeholder = texts.placeholder;
  find(".search-hints").append(
    ...textParts(texts.hints, { up: kbd("↑"), down: kbd("↓"), enter: kbd("Enter"), esc: kbd("Esc") }),
  );
  return created;
}

function createDialog(texts: SearchDialogTexts): HTMLDialogElement {
  if (dialog) return dialog;
  const created = dialogElement(texts);
  document.body.append(created);
  new SearchBox(searchBoxElements(created), { texts, allResultsLink: true });
  created.querySelector("[data-search-close]")?.addEventListener("click", () => created.close());
  created.addEventListener("click", (event) => {
    if (event.target === created) created.close();
  });
  created.addEventListener("close", () => opener?.focus());
  dialog = created;
  return created;
}

/**
 * Starts loading what a first search needs: the stylesheet, the dialog's texts and the name index's root, once.
 * Pagefind's engine loads when a search first needs the text (after a pause in typing, when no name matches exactly).
 */
export function prepareSearch(): void {
  styled ??= loadStylesheet();
  texts ??= fetchTexts();
  texts.catch(() => undefined);
  void nameIndex()
    .ready()
    .catch(() => undefined);
}

/**
 * Opens the search dialog with the focus in its box; closing it gives the focus back to where it was. When its texts
 * cannot be fetched, the search page opens instead, as it does without JavaScript.
 */
export async function openSearch(): Promise<void> {
  prepareSearch();
  await styled;
  let loaded: SearchDialogTexts;
  try {
    loaded = await (texts as Promise<SearchDialogTexts>);
  } catch {
    texts = undefined;
    location.assign(`${SITE_BASE}${PAGE_FOLDER}search/`);
    return;
  }
  const shown = createDialog(loaded);
  if (shown.open) return;
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  shown.showModal();
  shown.querySelector("input")?.focus();
}
