import type { Page } from "playwright-core";

/** The header's search dialog, once open. */
export const DIALOG = "dialog.search-dialog[open]";

/** The stage a search box's list reaches: names at every key, then typos and the text ("done"). */
export type SearchStage = "names" | "done";

/** Waits until the list in `scope` shows the search for `query` at `stage`, and returns its options' links. */
export async function optionsAt(page: Page, scope: string, query: string, stage: SearchStage): Promise<string[]> {
  const listbox = `${scope} [role=listbox]`;
  await page.waitForFunction(
    ({ listbox, query, stage }) => {
      const list = document.querySelector<HTMLElement>(listbox);
      return list?.dataset.query === query && list.dataset.stage === stage;
    },
    { listbox, query, stage },
  );
  return page.$$eval(`${listbox} [role=option]`, (links) => links.map((link) => link.getAttribute("href") ?? ""));
}

/** Opens the header search with a shortcut, types `query`, and returns the options once the search is done. */
export async function searchFromHeader(page: Page, query: string, shortcut = "/"): Promise<string[]> {
  await page.keyboard.press(shortcut);
  await page.waitForSelector(DIALOG);
  await page.keyboard.type(query);
  return optionsAt(page, DIALOG, query, "done");
}
