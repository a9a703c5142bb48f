/**
 * Alias pages from one template. An alias page is the same small document for every alias but for four texts, so
 * a build renders it once with a placeholder in place of each (aliasPagePlaceholders) and writes every alias's
 * page from that template, instead of rendering tens of thousands of pages one by one (see docs/architecture.md,
 * "Alias pages are written from one template").
 */
import { randomBytes } from "node:crypto";
import { escapeXml } from "./xml.ts";

/** What one alias page shows and where it goes: the texts that take the placeholders' places. */
export interface AliasPageText {
  /** The page's file, site-relative (`terms/<alias slug>/index.html`). */
  file: string;
  /** The alias, as written in its entry. */
  alias: string;
  /** The page's whole title (the alias, and the site's name where it fits). */
  fullTitle: string;
  /** The slug of the entry it sends readers to. */
  slug: string;
  /** That entry's title. */
  targetTitle: string;
}

/** The four texts of an alias page that a template holds placeholders for. */
export type AliasPageField = Exclude<keyof AliasPageText, "file">;

/** The placeholder of each text in a template. */
export type AliasPagePlaceholders = Record<AliasPageField, string>;

const FIELDS: readonly AliasPageField[] = ["alias", "fullTitle", "slug", "targetTitle"];

/**
 * Placeholders for one build: plain lowercase words, which no escaping or address changes, each with a random part,
 * so that no site setting the template shows (the site's name, say) can spell one.
 */
export function aliasPagePlaceholders(random: Uint8Array = randomBytes(12)): AliasPagePlaceholders {
  const tag = [...random].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");
  return { alias: `aliasx${tag}`, fullTitle: `titlex${tag}`, slug: `slugx${tag}`, targetTitle: `targetx${tag}` };
}

/** Raised when a rendered template has lost a placeholder, so its pages could not show that text. */
export class AliasTemplateError extends Error {
  constructor(missing: readonly string[]) {
    super(`the alias page template no longer holds the placeholders for ${missing.join(", ")}`);
    this.name = "AliasTemplateError";
    this.stack = "";
  }
}

/** An alias page template as a build rendered it, with the placeholders it was rendered with. */
export class AliasTemplate {
  readonly #html: string;
  readonly #fieldOf: ReadonlyMap<string, AliasPageField>;
  readonly #placeholder: RegExp;

  /** Throws an AliasTemplateError unless `html` holds every placeholder at least once. */
  constructor(html: string, placeholders: AliasPagePlaceholders) {
    const missing = FIELDS.filter((field) => !html.includes(placeholders[field]));
    if (missing.length > 0) throw new AliasTemplateError(missing);
    this.#html = html;
    this.#fieldOf = new Map(FIELDS.map((field) => [placeholders[field], field]));
    this.#placeholder = new RegExp(FIELDS.map((field) => placeholders[field]).join("|"), "g");
  }

  /**
   * One alias's page: each placeholder replaced by that alias's text, escaped (the XML escapes hold in HTML's text
   * and quoted attributes alike), in a single pass (a text that happens to spell a placeholder stays as written).
   */
  page(page: AliasPageText): string {
    return this.#html.replace(this.#placeholder, (text) => escapeXml(page[this.#fieldOf.get(text) as AliasPageField]));
  }
}
