import type { Page } from "playwright-core";
import { nameKey } from "../../src/core/content/nameKey.ts";
import { launchChromium } from "./browser.ts";
import { serveStatic } from "./staticServer.ts";

/** A term the searches look for: its page and the names it is found by. */
export interface SearchTarget {
  url: string;
  title: string;
  aliases: readonly string[];
}

/** What a reader's browser downloads and waits for: to show a term page, and then to search. */
export interface SearchCost {
  /** Bytes (as sent, gzip where a static host would compress) to load a term page with its CSS and JS. */
  pageLoadBytes: number;
  /** Of those, the page and its scripts (HTML and JS). */
  pageAndScriptsBytes: number;
  /** Further bytes from resting the pointer on the search control to the first search's entry shown first. */
  firstSearchBytes: number;
  /** Milliseconds from the last key of a title typed at 8 keys a second to its entry shown first. */
  firstResultMs: number;
  /** The same for a second title typed into the same box, the median of five. */
  laterResultMs: number;
  /** Names (titles and aliases) searched for, and the share of them whose entry came first. */
  exactProbes: number;
  exactFirstShare: number;
  /** Titles of six letters or more searched with one mistake, and the share found in the first three. */
  typoProbes: number;
  typoTop3Share: number;
}

const DIALOG = "dialog.search-dialog[open]";
/** 8 keys a second. */
const KEY_DELAY_MS = 125;

/**
 * Types `query` into the open dialog at 8 keys a second and returns the milliseconds from the last key to `url`
 * shown first (0 when it was first before the last key).
 */
async function typeUntilFirst(page: Page, query: string, url: string): Promise<number> {
  await page.evaluate(
    ({ dialog, url }) => {
      const list = document.querySelector(`${dialog} [role=listbox]`);
      const state = window as unknown as { lastKey: number; shownAt: number | undefined };
      state.shownAt = undefined;
      state.lastKey = 0;
      document.addEventListener("keydown", () => {
        state.lastKey = performance.now();
        state.shownAt = undefined;
      });
      const check = () => {
        const first = list?.querySelector("[role=option]")?.getAttribute("href");
        if (first === url && state.shownAt === undefined) state.shownAt = performance.now();
        if (first !== url) state.shownAt = undefined;
      };
      if (list) new MutationObserver(check).observe(list, { childList: true, subtree: true, attributes: true });
    },
    { dialog: DIALOG, url },
  );
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt !== undefined, undefined, {
    timeout: 30_000,
  });
  return page.evaluate(() => {
    const state = window as unknown as { lastKey: number; shownAt: number };
    return Math.max(0, state.shownAt - state.lastKey);
  });
}

/** One mistake in a title, of the kind `seed` picks: a letter dropped, added, swapped with the next, or wrong. */
export function withTypo(title: string, seed: number): string {
  const at = 1 + (seed % Math.max(1, title.length - 2));
  switch (seed % 4) {
    case 0:
      return title.slice(0, at) + title.slice(at + 1);
    case 1:
      return `${title.slice(0, at)}x${title.slice(at)}`;
    case 2:
      return title.slice(0, at) + (title[at + 1] ?? "") + (title[at] ?? "") + title.slice(at + 2);
    default:
      return `${title.slice(0, at)}${title[at] === "q" ? "z" : "q"}${title.slice(at + 1)}`;
  }
}

/** A query and the pages it should list first: any one of `urls` (two terms may share a name). */
export interface SearchProbe {
  query: string;
  urls: string[];
}

/** Where a probe's first expected page landed (0 = first; -1 = absent), and what came first. */
export interface ProbeOutcome {
  rank: number;
  first: string | undefined;
}

/**
 * Types each probe's query into the open search dialog, as a reader would, and reports where its first expected
 * page lands among the options listed at `stage` ("names": at the last key; "done": after typos and the text).
 */
export function runSearchProbes(
  page: Page,
  probes: readonly SearchProbe[],
  stage: "names" | "done",
): Promise<ProbeOutcome[]> {
  return page.evaluate(
    async ({ dialog, probes, stage }) => {
      const input = document.querySelector<HTMLInputElement>(`${dialog} [role=combobox]`);
      const list = document.querySelector<HTMLElement>(`${dialog} [role=listbox]`);
      if (!input || !list) throw new Error("the search dialog is not open");
      const outcomes: { rank: number; first: string | undefined }[] = [];
      for (const { query, urls: expected } of probes) {
        input.value = query;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise<void>((resolve) => {
          const check = () =>
            list.dataset.query === query.trim() && list.dataset.stage === stage
              ? resolve()
              : requestAnimationFrame(check);
          check();
        });
        const urls = [...list.querySelectorAll("[role=option]")].map((option) => option.getAttribute("href") ?? "");
        outcomes.push({ rank: urls.findIndex((url) => expected.includes(url)), first: urls[0] });
      }
      return outcomes;
    },
    { dialog: DIALOG, probes, stage },
  );
}

/**
 * Every name of the sampled terms as a query, expecting the terms titled so first, or, when none is, the terms with
 * that alias (names compared as search compares them: case, accents and punctuation ignored).
 */
function exactProbes(targets: readonly SearchTarget[], sample: readonly SearchTarget[]): SearchProbe[] {
  const titled = new Map<string, string[]>();
  const aliased = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, name: string, url: string) => {
    const key = nameKey(name);
    map.set(key, [...(map.get(key) ?? []), url]);
  };
  for (const target of targets) {
    add(titled, target.title, target.url);
    for (const alias of target.aliases) add(aliased, alias, target.url);
  }
  return sample.flatMap((target) =>
    [target.title, ...target.aliases].map((query) => {
      const key = nameKey(query);
      return { query, urls: titled.get(key) ?? aliased.get(key) ?? [] };
    }),
  );
}

/** Every `step`-th item of a list, so that at most `count` are taken from all over it. */
function spread<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, index) => index % step === 0).slice(0, count);
}

/**
 * Loads a term page of a built site in Chromium and searches as a reader does: the pointer rests on the search
 * control, `/` opens the dialog, a title is typed at 8 keys a second; then more titles, every name of a sample of
 * terms (all of them up to 1,000 terms, 400 beyond), and titles with one mistake. Counts bytes and milliseconds.
 */
export async function measureSearch(
  dir: string,
  termPath: string,
  targets: readonly SearchTarget[],
): Promise<SearchCost> {
  const server = await serveStatic(dir, "/");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}${termPath}`, { waitUntil: "networkidle" });
    const pageLoadBytes = server.bytesSent();
    const pageAndScriptsBytes = server.bytesSent(".html") + server.bytesSent(".js");
    const [first, ...others] = spread(targets, 7);
    if (!first) throw new Error("no term to search for");
    await page.hover("a[data-search-trigger]");
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("/");
    await page.waitForSelector(DIALOG);
    const firstResultMs = await typeUntilFirst(page, first.title, first.url);
    const firstSearchBytes = server.bytesSent() - pageLoadBytes;
    const later: number[] = [];
    for (const target of others.slice(0, 5)) {
      await page.fill(`${DIALOG} [role=combobox]`, "");
      later.push(await typeUntilFirst(page, target.title, target.url));
    }
    later.sort((a, b) => a - b);
    const sample = targets.length <= 1000 ? targets : spread(targets, 400);
    const exact = exactProbes(targets, sample);
    const exactRanks = (await runSearchProbes(page, exact, "names")).map(({ rank }) => rank);
    const typos = spread(
      targets.filter((target) => target.title.length >= 6),
      200,
    ).map((target, index) => ({ query: withTypo(target.title, index * 7 + 3), urls: [target.url] }));
    const typoRanks = (await runSearchProbes(page, typos, "done")).map(({ rank }) => rank);
    return {
      pageLoadBytes,
      pageAndScriptsBytes,
      firstSearchBytes,
      firstResultMs,
      laterResultMs: later[Math.floor(later.length / 2)] ?? 0,
      exactProbes: exact.length,
      exactFirstShare: exactRanks.filter((rank) => rank === 0).length / Math.max(1, exact.length),
      typoProbes: typos.length,
      typoTop3Share: typoRanks.filter((rank) => rank >= 0 && rank < 3).length / Math.max(1, typos.length),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
