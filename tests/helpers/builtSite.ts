import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type HTMLElement, parse } from "node-html-parser";

/** A built site on disk, read as a visitor's browser would resolve its URLs. */
export class BuiltSite {
  readonly #pages = new Map<string, HTMLElement>();
  /** The folder the site was built into. */
  readonly dir: string;
  /** The base path the site is served under, with a trailing slash. */
  readonly base: string;

  constructor(dir: string, base: string) {
    this.dir = dir;
    this.base = base;
  }

  /** Every HTML file of the site, relative to its folder. */
  htmlFiles(): string[] {
    return readdirSync(this.dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".html"))
      .sort();
  }

  /** The file a root-relative URL serves, or undefined when there is none. */
  fileFor(url: string): string | undefined {
    const path = decodeURI(url.split("#")[0]?.split("?")[0] ?? "");
    if (!path.startsWith(this.base)) return undefined;
    const relative = path.slice(this.base.length);
    const candidates = relative === "" || relative.endsWith("/") ? [`${relative}index.html`] : [relative];
    return candidates.find((candidate) => existsSync(join(this.dir, candidate)));
  }

  /** The parsed page at a root-relative URL (`/glossary/terms/x/`). */
  page(url: string): HTMLElement {
    const file = this.fileFor(url);
    if (!file) throw new Error(`No page at ${url}`);
    return this.parsed(file);
  }

  /** The text of any file of the site, at a path relative to its folder. */
  text(file: string): string {
    return readFileSync(join(this.dir, file), "utf8");
  }

  /** The parsed HTML file at a path relative to the site folder. */
  parsed(file: string): HTMLElement {
    let root = this.#pages.get(file);
    if (!root) {
      root = parse(readFileSync(join(this.dir, file), "utf8"), { blockTextElements: { script: true, style: true } });
      this.#pages.set(file, root);
    }
    return root;
  }

  /** Where a redirect page (an alias's address) sends the reader, from its meta refresh; undefined for others. */
  redirectOf(file: string): string | undefined {
    const refresh = this.parsed(file).querySelector('meta[http-equiv="refresh"]')?.getAttribute("content");
    return refresh ? /^0;\s*url=(.+)$/.exec(refresh)?.[1] : undefined;
  }

  /** The URL a file is served at. */
  urlOf(file: string): string {
    return `${this.base}${file.replace(/index\.html$/, "")}`;
  }
}
