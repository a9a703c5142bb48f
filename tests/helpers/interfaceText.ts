import type { HTMLElement } from "node-html-parser";
import { CATALOGUES, type Catalogue } from "../../src/i18n/catalogues.ts";

/** Every text of a catalogue message, all forms of a plural one. */
function texts(message: Catalogue[keyof Catalogue]): string[] {
  return typeof message === "object" ? Object.values(message).filter((text) => text !== undefined) : [message];
}

/** The words of a message between its placeholders worth looking for: three letters or more. */
function fragments(message: string): string[] {
  return message
    .split(/\{\w+\}/)
    .map((part) => part.trim())
    .filter((part) => (part.match(/\p{L}/gu) ?? []).length >= 3);
}

/**
 * What the interface says in English that it does not say in `language`: each fragment of an English message
 * (the words between its placeholders) that no message of that language's catalogue holds.
 */
export function englishOnlyFragments(language: string): string[] {
  const english = CATALOGUES.en as Catalogue;
  const other = CATALOGUES[language] as Catalogue;
  const otherTexts = Object.values(other).flatMap(texts);
  return [...new Set(Object.values(english).flatMap(texts).flatMap(fragments))].filter(
    (fragment) => !otherTexts.some((text) => text.includes(fragment)),
  );
}

/** The texts of a JSON value: its strings, those in objects and arrays included, not the keys. */
function values(json: unknown): string[] {
  if (typeof json === "string") return [json];
  return json !== null && typeof json === "object" ? Object.values(json).flatMap(values) : [];
}

const ATTRIBUTES = ["aria-label", "title", "placeholder", "alt", "content"];

/**
 * Everything a page shows or announces: its text, the attributes read out or shown, and the texts it gives scripts.
 * With `except`, the text of every element matching that selector (and of everything inside it) is left out.
 */
export function shownText(page: HTMLElement, except?: string): string {
  const left = new Set(except ? page.querySelectorAll(except) : []);
  const isLeftOut = (element: HTMLElement) => {
    for (let at: HTMLElement | null = element; at; at = at.parentNode) if (left.has(at)) return true;
    return false;
  };
  const parts = [page.querySelector("title")?.textContent ?? ""];
  const body = page.querySelector("body");
  if (body) {
    const copy = body.clone() as HTMLElement;
    if (except) for (const element of copy.querySelectorAll(except)) element.remove();
    parts.push(copy.textContent);
  }
  for (const element of page.querySelectorAll("*")) {
    if (element.tagName === "SCRIPT" || isLeftOut(element)) continue;
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== undefined) parts.push(value);
    }
    const messages = element.getAttribute("data-messages");
    if (messages !== undefined) parts.push(...values(JSON.parse(messages)));
  }
  return parts.join("\n").replace(/\s+/g, " ");
}
