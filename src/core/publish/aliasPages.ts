/**
 * Alias pages from one template. An alias page is the same small document for every alias but for four texts, so
 * a build renders it once with a placeholder in place of each (ALIAS_PAGE_PLACEHOLDERS) and writes every alias's
 * page from that template, instead of rendering tens of thousands of pages one by one (see docs/architecture.md,
 * "Alias pages are written from one template").
 */
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

/** The texts a template is rendered with: plain lowercase words, which no escaping or address changes. */
export const ALIAS_PAGE_PLACEHOLDERS = {
  alias: "glossaryaliasplaceholder",
  fullTitle: "glossarytitleplaceholder",
  slug: "glossaryslugplaceholder",
  targetTitle: "glossarytargetplaceholder",
} as const satisfies Record<Exclude<keyof AliasPageText, "file">, string>;

type Field = keyof typeof ALIAS_PAGE_PLACEHOLDERS;

const FIELD_OF = new Map<string, Field>(
  Object.entries(ALIAS_PAGE_PLACEHOLDERS).map(([field, text]) => [text, field as Field]),
);

const PLACEHOLDER = new RegExp([...FIELD_OF.keys()].join("|"), "g");

/** Raised when a rendered template has lost a placeholder, so its pages could not show that text. */
export class AliasTemplateError extends Error {
  constructor(missing: readonly string[]) {
    super(`the alias page template no longer holds the placeholders for ${missing.join(", ")}`);
    this.name = "AliasTemplateError";
    this.stack = "";
  }
}

/** Throws an AliasTemplateError unless the template holds every placeholder at least once. */
export function checkAliasTemplate(template: string): void {
  const missing = Object.entries(ALIAS_PAGE_PLACEHOLDERS)
    .filter(([, text]) => !template.includes(text))
    .map(([field]) => field);
  if (missing.length > 0) throw new AliasTemplateError(missing);
}

/**
 * One alias's page from the template: each placeholder replaced by that alias's text, escaped (the XML escapes hold in HTML's text and quoted attributes alike), in a single pass (a
 * text that happens to spell a placeholder stays as written).
 */
export function aliasPageHtml(template: string, page: AliasPageText): string {
  return template.replace(PLACEHOLDER, (text) => escapeXml(page[FIELD_OF.get(text) as Field]));
}
