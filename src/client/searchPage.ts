import "../styles/search.css";
import type { NameFilters } from "../search/nameLookup.ts";
import { nameIndex } from "./nameIndexClient.ts";
import { pageTexts, type SearchBoxTexts } from "./pageTexts.ts";
import { SearchBox, searchBoxElements } from "./searchBox.ts";
import { prepareTextSearch } from "./textSearch.ts";

const FILTERS = ["category", "level"] as const;

/** Reads the search and filters a link asks for: `?q=term&category=Training&level=Beginner`. */
function fromUrl(): { query: string; filters: NameFilters } {
  const params = new URLSearchParams(location.search);
  const filters: NameFilters = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { query: params.get("q") ?? "", filters };
}

/** Writes the current search into the address bar, so every search can be bookmarked and shared. */
function toUrl(query: string, filters: NameFilters): void {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const name of FILTERS) if (filters[name]) params.set(name, filters[name]);
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

/**
 * Fills a filter's list with the values the index knows, each shown as `shown` has it (or as it is), and selects the
 * one asked for when it is one of them.
 */
function fillFilter(
  select: HTMLSelectElement,
  values: readonly string[],
  chosen: string | undefined,
  shown: SearchBoxTexts["levels"] = {},
): void {
  for (const value of values) select.add(new Option(shown[value] ?? value, value));
  select.value = chosen && values.includes(chosen) ? chosen : "";
}

/** Starts the search page: shows the box and filters, and runs the search in the address bar. */
async function start(): Promise<void> {
  const page = document.querySelector<HTMLElement>("[data-search-page]");
  if (!page) return;
  const elements = searchBoxElements(page);
  const { input } = elements;
  const selects = Object.fromEntries(
    FILTERS.map((name) => [name, page.querySelector(`[data-search-filter="${name}"]`) as HTMLSelectElement]),
  ) as Record<(typeof FILTERS)[number], HTMLSelectElement>;
  const chosen = (): NameFilters => {
    const filters: NameFilters = {};
    for (const name of FILTERS) if (selects[name].value) filters[name] = selects[name].value;
    return filters;
  };
  const texts = pageTexts<SearchBoxTexts>(page);
  const box = new SearchBox(elements, {
    texts,
    filters: chosen,
    alwaysText: true,
    onSearch: (query) => toUrl(query, chosen()),
  });
  page.hidden = false;
  prepareTextSearch();
  const reader = nameIndex();
  await reader.ready();
  const { query, filters } = fromUrl();
  fillFilter(selects.category, reader.categories, filters.category);
  fillFilter(selects.level, reader.levels, filters.level, texts.levels);
  for (const select of Object.values(selects)) {
    select.addEventListener("change", () => box.search(input.value));
  }
  input.value = query;
  input.focus();
  if (query) box.search(query, true);
}

void start();
