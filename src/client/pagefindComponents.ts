import { SEARCH_RANKING } from "../search/ranking.ts";
import { SEARCH_PARTS_FILE, type SearchPartsList } from "../search/searchParts.ts";
import { preferExactMatches } from "./exactMatchSearch.ts";

/** The part of Pagefind's Component UI instance API the site uses. */
export interface PagefindInstance {
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  triggerLoad(): Promise<void>;
  on(event: "search", callback: (term: string, filters: Record<string, string[]>) => void): void;
}

interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

const bundle = `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}pagefind/`;

/** Pagefind's Component UI, and the folders of the index's other parts (none when it is written in one). */
interface LoadedSearch {
  components: PagefindComponents;
  parts: string[];
}

let loading: Promise<LoadedSearch> | undefined;

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.type = "module";
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

/** Keeps Pagefind's own dark theme (its icons) in step with the visitor's colour scheme, as the site's CSS is. */
function followColourScheme(): void {
  const dark = matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    if (dark.matches) document.documentElement.dataset.pfTheme = "dark";
    else delete document.documentElement.dataset.pfTheme;
  };
  apply();
  dark.addEventListener("change", apply);
}

/** The folders of the index's other parts, from `parts.json`; none when there is no such list (the dev server). */
async function otherParts(): Promise<string[]> {
  try {
    const response = await fetch(`${bundle}${SEARCH_PARTS_FILE}`);
    if (!response.ok) return [];
    const { parts } = (await response.json()) as SearchPartsList;
    return Array.isArray(parts) ? parts.filter((part) => typeof part === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Loads Pagefind's Component UI (script and stylesheet) and the list of the index's parts once, side by side;
 * later calls return the same promise.
 */
export function loadPagefindComponents(): Promise<LoadedSearch> {
  loading ??= (async () => {
    followColourScheme();
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = `${bundle}pagefind-component-ui.css`;
    document.head.append(style);
    const [parts] = await Promise.all([otherParts(), addScript(`${bundle}pagefind-component-ui.js`)]);
    if (!window.PagefindComponents) throw new Error("Pagefind's Component UI did not start");
    return { components: window.PagefindComponents, parts };
  })();
  return loading;
}

/**
 * Configures a named search instance with the site's bundle (every part of it), base path and ranking, exact names
 * first.
 */
export function configureSearch({ components, parts }: LoadedSearch, name: string): PagefindInstance {
  const options = { baseUrl: import.meta.env.BASE_URL, ranking: SEARCH_RANKING };
  const instance = components.configureInstance(name, {
    ...options,
    bundlePath: bundle,
    mergeIndex: parts.map((part) => ({ ...options, bundlePath: `${bundle}${part}` })),
  });
  preferExactMatches(instance);
  return instance;
}
