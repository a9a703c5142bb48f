import { launchChromium } from "./browser.ts";
import { serveStatic } from "./staticServer.ts";

/** What a reader's browser downloads: to show a term page, and then for their first search. */
export interface SearchCost {
  /** Bytes (as sent, gzip where a static host would compress) to load a term page with its CSS and JS. */
  pageLoadBytes: number;
  /** Further bytes from pressing `/` and typing a term's name until its results show. */
  firstSearchBytes: number;
  /** Milliseconds from the first key to the first result on screen. */
  firstResultMs: number;
}

/** Loads a term page of a built site in Chromium, searches for `query` once, and counts the bytes each step cost. */
export async function measureFirstSearch(dir: string, termPath: string, query: string): Promise<SearchCost> {
  const server = await serveStatic(dir, "/");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}${termPath}`, { waitUntil: "networkidle" });
    const pageLoadBytes = server.bytesSent();
    const started = performance.now();
    await page.keyboard.press("/");
    await page.waitForSelector("pagefind-modal dialog[open]");
    await page.keyboard.type(query);
    await page.waitForSelector("pagefind-modal .pf-result-link");
    const firstResultMs = performance.now() - started;
    await page.waitForLoadState("networkidle");
    return { pageLoadBytes, firstSearchBytes: server.bytesSent() - pageLoadBytes, firstResultMs };
  } finally {
    await browser.close();
    await server.close();
  }
}
