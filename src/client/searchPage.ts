import { configureSearch, loadPagefindComponents } from "./pagefindComponents.ts";

const INSTANCE = "page";
const FILTERS = ["category", "level"] as const;

/** Reads the search and filters a link asks for: `?q=term&category=Training&level=Beginner`. */
function fromUrl(): { term: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const name of FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  return { term: params.get("q") ?? "", filters };
}

/** Writes the current search into the address bar, so every search can be bookmarked and shared. */
function toUrl(term: string, filters: Record<string, string[]>): void {
  const params = new URLSearchParams();
  if (term) params.set("q", term);
  for (const name of FILTERS) for (const value of filters[name] ?? []) params.append(name, value);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

/** Starts the search page: loads Pagefind, shows the search interface and runs the search in the URL. */
async function start(): Promise<void> {
  const mount = document.querySelector<HTMLElement>("[data-search-app]");
  const template = document.querySelector<HTMLTemplateElement>("template#search-app");
  if (!mount || !template) return;
  const loading = document.querySelector<HTMLElement>("[data-search-loading]");
  if (loading) loading.hidden = false;
  const instance = configureSearch(await loadPagefindComponents(), INSTANCE);
  mount.append(template.content.cloneNode(true));
  mount.hidden = false;
  document.querySelector("[data-search-loading]")?.remove();
  const { term, filters } = fromUrl();
  if (term || Object.keys(filters).length > 0) instance.triggerSearchWithFilters(term, filters);
  instance.on("search", toUrl);
  document.querySelector<HTMLInputElement>(`pagefind-input[instance="${INSTANCE}"] input`)?.focus();
}

void start();
