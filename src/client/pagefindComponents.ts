import { SEARCH_RANKING } from "../search/ranking.ts";
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
let loading: Promise<PagefindComponents> | undefined;

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

/** Loads Pagefind's Component UI (script and stylesheet) once; later calls return the same promise. */
export function loadPagefindComponents(): Promise<PagefindComponents> {
  loading ??= (async () => {
    followColourScheme();
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = `${bundle}pagefind-component-ui.css`;
    document.head.append(style);
    await addScript(`${bundle}pagefind-component-ui.js`);
    if (!window.PagefindComponents) throw new Error("Pagefind's Component UI did not start");
    return window.PagefindComponents;
  })();
  return loading;
}

/** Configures a named search instance with the site's bundle, base path and ranking, exact names first. */
export function configureSearch(components: PagefindComponents, name: string): PagefindInstance {
  const instance = components.configureInstance(name, {
    bundlePath: bundle,
    baseUrl: import.meta.env.BASE_URL,
    ranking: SEARCH_RANKING,
  });
  preferExactMatches(instance);
  return instance;
}
