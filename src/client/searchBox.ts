import { termPath } from "../core/publish/paths.ts";
import type { NameFilters, NameHit } from "../search/nameLookup.ts";
import { nameIndex } from "./nameIndexClient.ts";
import { countText, fillText, type SearchBoxTexts, textParts } from "./pageTexts.ts";
import { PAGE_FOLDER, SITE_BASE } from "./siteBase.ts";
import { findText, type TextHit } from "./textSearch.ts";

/** How long typing must pause before typo matching and the text search run (names answer at every key). */
const PAUSE_MS = 200;
/** Names listed at most. */
const NAME_LIMIT = 8;
/** Text results listed at most. */
const TEXT_LIMIT = 10;

/** The elements of one search box: a combobox input, its listbox and a live region announcing the count. */
export interface SearchBoxElements {
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  /** Where the link to all results and the "Did you mean" suggestions go, below the list. */
  extra: HTMLElement;
}

/**
 * The elements of the search box inside `root` (the dialog, the search page), by the markup both share: the first
 * input, `.search-results`, `[data-search-status]` and `[data-search-extra]`.
 */
export function searchBoxElements(root: HTMLElement): SearchBoxElements {
  const find = <T extends HTMLElement>(selector: string) => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`The search box has no ${selector}`);
    return found;
  };
  return {
    input: find<HTMLInputElement>("input"),
    listbox: find(".search-results"),
    status: find("[data-search-status]"),
    extra: find("[data-search-extra]"),
  };
}

/** How a search box behaves where it is used (the dialog, the search page). */
export interface SearchBoxOptions {
  /** What it shows and announces, in the page's language. */
  texts: SearchBoxTexts;
  /** The filters chosen next to the box; none in the dialog. */
  filters?: () => NameFilters;
  /** Searches the text even when a name matches exactly (the search page lists everything). */
  alwaysText?: boolean;
  /** Ends the list with a link to every result on the search page (the dialog). */
  allResultsLink?: boolean;
  /** Called with every search the box runs (the query trimmed, empty when the box was cleared). */
  onSearch?: (query: string) => void;
}

/** One row of the list, whatever found it. */
interface Row {
  url: string;
  title: string;
  /** "also: <alias>" for an alias, "did you mean" for a typo; empty for a title. */
  note: string;
  definition: string;
  facts: string;
  excerpt?: string;
  /** The language of the page the row links to, when it is not the page's own. */
  language?: string;
}

/** A term page's address on this site. */
function termUrl(hit: Pick<NameHit, "slug" | "language">): string {
  return `${SITE_BASE}${hit.language === undefined ? PAGE_FOLDER : ""}${termPath(hit.slug)}`;
}

/** What a result says of its term besides the name: its category and level, as the page shows `levels`. */
function factsOf(hit: { category: string; level: string }, levels: SearchBoxTexts["levels"]): string {
  return [hit.category, levels?.[hit.level] ?? hit.level].filter(Boolean).join(" · ");
}

function nameRow(hit: NameHit, levels: SearchBoxTexts["levels"]): Row {
  const note = hit.match === "alias" || (hit.match === "prefix" && hit.name !== hit.title) ? hit.name : "";
  return {
    url: termUrl(hit),
    ...(hit.language === undefined ? {} : { language: hit.language }),
    title: hit.title,
    note,
    definition: hit.definition,
    facts: factsOf(hit, levels),
  };
}

function textRow(hit: TextHit, levels: SearchBoxTexts["levels"]): Row {
  return {
    url: hit.url,
    title: hit.title,
    note: "",
    definition: "",
    facts: factsOf(hit, levels),
    excerpt: hit.excerpt,
  };
}

/** Pagefind's excerpt as DOM nodes: its text, with only its `<mark>` elements kept as elements. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html").body;
  return [...(parsed.querySelectorAll("p")[0]?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const created = document.createElement(tag);
  created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

/**
 * A WAI-ARIA combobox over the name index and Pagefind: term names (titles and aliases, by prefix) are listed at
 * every key from the name index, exact names first; after a short pause names with one typo and the text search
 * follow in the same list. Arrow keys move through the options (`aria-activedescendant`), Enter opens one, Escape
 * clears the box; the count is announced. When nothing is found it offers the closest names ("Did you mean").
 */
export class SearchBox {
  private readonly elements: SearchBoxElements;
  private readonly options: SearchBoxOptions;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private active = -1;

  constructor(elements: SearchBoxElements, options: SearchBoxOptions) {
    this.elements = elements;
    this.options = options;
    const { input, listbox } = elements;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);
    input.autocomplete = "off";
    input.spellcheck = false;
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", options.texts.results);
    input.addEventListener("input", () => this.search(input.value));
    input.addEventListener("keydown", (event) => this.onKey(event));
    listbox.addEventListener("pointerdown", (event) => event.preventDefault());
  }

  /**
   * Runs a search for `query` as if typed; `immediately` (a search from the address bar) runs the typo matching and
   * the text search without waiting for a pause in typing.
   */
  search(query: string, immediately = false): void {
    const generation = ++this.generation;
    clearTimeout(this.timer);
    const trimmed = query.trim();
    this.elements.listbox.dataset.query = trimmed;
    delete this.elements.listbox.dataset.stage;
    this.options.onSearch?.(trimmed);
    if (!trimmed) {
      this.render([], "", generation);
      return;
    }
    void this.names(trimmed, generation, immediately ? 0 : PAUSE_MS);
  }

  private filters(): NameFilters {
    return this.options.filters?.() ?? {};
  }

  private async names(query: string, generation: number, pause: number): Promise<void> {
    // The name index may not load (offline, say): the text search is still tried.
    const hits = await nameIndex()
      .find(query, { limit: NAME_LIMIT, filters: this.filters() })
      .catch((): NameHit[] => []);
    if (generation !== this.generation) return;
    const rows = hits.map((hit) => nameRow(hit, this.options.texts.levels));
    const exact = hits.some((hit) => hit.match === "title" || hit.match === "alias");
    this.render(rows, "names", generation);
    this.timer = setTimeout(() => void this.more(query, rows, exact, generation), pause);
  }

  /** Typo matches and text results, after the pause; the text only when no name matched exactly, unless asked. */
  private async more(query: string, names: Row[], exact: boolean, generation: number): Promise<void> {
    const filters = this.filters();
    const [typos, text] = await Promise.all([
      exact
        ? Promise.resolve([])
        : nameIndex()
            .find(query, { limit: NAME_LIMIT, filters, typos: true })
            .catch((): NameHit[] => []),
      exact && !this.options.alwaysText ? Promise.resolve([]) : findText(query, filters, TEXT_LIMIT).catch(() => []),
    ]);
    if (generation !== this.generation) return;
    const { levels } = this.options.texts;
    const rows = exact ? [...names] : typos.map((hit) => nameRow(hit, levels));
    const named = rows.length > 0;
    const seen = new Set(rows.map((row) => row.url));
    for (const hit of text) {
      if (seen.has(hit.url)) continue;
      seen.add(hit.url);
      rows.push(textRow(hit, levels));
    }
    // No name matched, not even with a mistake: the closest names are offered beside whatever the text found.
    const suggestions = named
      ? []
      : await nameIndex()
          .suggest(query)
          .catch((): NameHit[] => []);
    if (generation === this.generation) this.render(rows, "done", generation, suggestions);
  }

  private onKey(event: KeyboardEvent): void {
    const options = this.optionElements();
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.activate((this.active + step + options.length) % options.length);
    } else if (event.key === "Enter") {
      const chosen = options[this.active] ?? options[0];
      if (!chosen) return;
      event.preventDefault();
      chosen.click();
    } else if (event.key === "Escape" && this.elements.input.value !== "") {
      event.preventDefault();
      event.stopPropagation();
      this.elements.input.value = "";
      this.search("");
    }
  }

  private optionElements(): HTMLAnchorElement[] {
    return [...this.elements.listbox.querySelectorAll<HTMLAnchorElement>("[role=option]")];
  }

  private activate(index: number): void {
    const options = this.optionElements();
    this.active = index;
    options.forEach((option, at) => {
      option.setAttribute("aria-selected", String(at === index));
    });
    const chosen = options[index];
    if (chosen) {
      this.elements.input.setAttribute("aria-activedescendant", chosen.id);
      chosen.scrollIntoView({ block: "nearest" });
    } else this.elements.input.removeAttribute("aria-activedescendant");
  }

  private option(row: Row, index: number): HTMLAnchorElement {
    const link = element("a", "search-option");
    link.href = row.url;
    if (row.language) link.hreflang = row.language;
    link.id = `${this.elements.listbox.id}-${index}`;
    link.setAttribute("role", "option");
    link.setAttribute("aria-selected", "false");
    link.tabIndex = -1;
    const title = element("span", "search-option-title", row.title);
    if (row.note) title.append(" ", element("span", "search-option-note", `(${row.note})`));
    link.append(title);
    // A text result shows where the words are found (its excerpt, which starts with the definition when that is
    // where they are); a name shows the definition.
    if (row.excerpt) {
      const excerpt = element("span", "search-option-excerpt");
      excerpt.append(...excerptNodes(row.excerpt));
      link.append(excerpt);
    } else link.append(element("span", "search-option-definition", row.definition));
    if (row.facts) link.append(element("span", "search-option-facts", row.facts));
    return link;
  }

  private suggestionList(query: string, suggestions: NameHit[]): HTMLElement {
    const { suggest, separator, lastSeparator } = this.options.texts;
    const names = document.createDocumentFragment();
    suggestions.forEach((hit, index) => {
      if (index > 0) names.append(index === suggestions.length - 1 ? lastSeparator : separator);
      const link = element("a", "search-suggestion", hit.title);
      link.href = termUrl(hit);
      names.append(link);
    });
    const box = element("p", "search-suggestions");
    box.append(...textParts(suggest, { query, names }));
    return box;
  }

  private allResults(query: string): HTMLAnchorElement {
    const link = element("a", "search-all", fillText(this.options.texts.all, { query }));
    link.href = `${SITE_BASE}${PAGE_FOLDER}search/?q=${encodeURIComponent(query)}`;
    return link;
  }

  private render(rows: Row[], stage: string, generation: number, suggestions: NameHit[] = []): void {
    if (generation !== this.generation) return;
    const { input, listbox, status, extra } = this.elements;
    const query = listbox.dataset.query ?? "";
    listbox.replaceChildren(...rows.map((row, index) => this.option(row, index)));
    listbox.hidden = rows.length === 0;
    listbox.dataset.stage = stage;
    this.active = -1;
    input.removeAttribute("aria-activedescendant");
    input.setAttribute("aria-expanded", String(rows.length > 0));
    extra.replaceChildren();
    if (!query) {
      status.textContent = "";
      return;
    }
    const { texts } = this.options;
    if (suggestions.length > 0) extra.append(this.suggestionList(query, suggestions));
    if (rows.length > 0) {
      status.textContent = countText(texts.count, rows.length, texts.locale);
      if (stage === "done" && this.options.allResultsLink) extra.append(this.allResults(query));
      return;
    }
    if (stage === "names") status.textContent = texts.searching;
    else status.textContent = suggestions.length > 0 ? texts.noneSuggest : texts.none;
  }
}
