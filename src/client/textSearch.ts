import { SEARCH_RANKING } from "../search/ranking.ts";
import { SEARCH_PARTS_FILE, type SearchPartsList } from "../search/searchParts.ts";
import { SITE_BASE } from "./siteBase.ts";

/** A full-text result, as the list shows it. */
export interface TextHit {
  url: string;
  title: string;
  category: string;
  level: string;
  /** Pagefind's excerpt: escaped text with the matched words in `<mark>`. */
  excerpt: string;
}

/** The filters a text search can be narrowed by (labels as the pages show them). */
export interface TextFilters {
  category?: string;
  level?: string;
}

/** The part of Pagefind's documented JavaScript API (pagefind.js of the bundle) the site uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options?: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

const BUNDLE = `${SITE_BASE}pagefind/`;

let loading: Promise<PagefindApi> | undefined;

/** The folders of the index's other parts, from `parts.json`; none when there is no such list (the dev server). */
async function otherParts(): Promise<string[]> {
  try {
    const response = await fetch(`${BUNDLE}${SEARCH_PARTS_FILE}`);
    if (!response.ok) return [];
    const { parts } = (await response.json()) as SearchPartsList;
    return Array.isArray(parts) ? parts.filter((part) => typeof part === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Loads Pagefind's JavaScript API once, with every part of the index merged in. No worker: the engine runs on the
 * page, which saves fetching the worker's script, and no filter chunks are read until a search asks for a filter.
 */
function pagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const [api, parts] = await Promise.all([
      import(/* @vite-ignore */ `${BUNDLE}pagefind.js`) as Promise<PagefindApi>,
      otherParts(),
    ]);
    const options = { baseUrl: SITE_BASE, ranking: SEARCH_RANKING };
    await api.options({ ...options, noWorker: true });
    for (const part of parts) await api.mergeIndex(`${BUNDLE}${part}`, options);
    return api;
  })();
  return loading;
}

function filterOptions(filters: TextFilters): Record<string, string> {
  const chosen: Record<string, string> = {};
  if (filters.category) chosen.category = filters.category;
  if (filters.level) chosen.level = filters.level;
  return chosen;
}

/** Starts loading the text search, so that a first search does not wait for it. */
export function prepareTextSearch(): void {
  void pagefind().catch(() => undefined);
}

/** The first `limit` pages whose text matches `query`, best first, narrowed by `filters`. */
export async function findText(query: string, filters: TextFilters, limit: number): Promise<TextHit[]> {
  const api = await pagefind();
  const found = await api.search(query, { filters: filterOptions(filters) });
  const pages = await Promise.all((found?.results ?? []).slice(0, limit).map((result) => result.data()));
  return pages.map(({ url, excerpt, meta }) => ({
    url,
    excerpt,
    title: meta.title ?? url,
    category: meta.category ?? "",
    level: meta.level ?? "",
  }));
}
