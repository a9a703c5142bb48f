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

/**
 * Gives each filter dropdown's button an accessible name, now and whenever Pagefind renders it again. Pagefind
 * renders it as a combobox whose only name is its visible text, which screen readers do not announce for that
 * role (axe: button-name).
 */
function labelFilterTriggers(mount: HTMLElement): void {
  const label = () => {
    for (const dropdown of mount.querySelectorAll("pagefind-filter-dropdown")) {
      const trigger = dropdown.querySelector(".pf-dropdown-trigger");
      const name = dropdown.getAttribute("label");
      if (trigger && name && !trigger.hasAttribute("aria-label")) {
        trigger.setAttribute("aria-label", `Filter by ${name.toLowerCase()}`);
      }
    }
  };
  label();
  new MutationObserver(label).observe(mount, { childList: true, subtree: true });
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
  labelFilterTriggers(mount);
  document.querySelector("[data-search-loading]")?.remove();
  const { term, filters } = fromUrl();
  if (term || Object.keys(filters).length > 0) instance.triggerSearchWithFilters(term, filters);
  instance.on("search", toUrl);
  document.querySelector<HTMLInputElement>(`pagefind-input[instance="${INSTANCE}"] input`)?.focus();
}

void start();
