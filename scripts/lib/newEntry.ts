import { CORE_SCHEMA, dump } from "js-yaml";
import { DESCRIPTION_MAX } from "../../src/core/checks/schema.ts";
import { PLACEHOLDER } from "../../src/core/checks/warnings.ts";

/** The fields a new entry starts with. */
export interface NewEntry {
  title: string;
  category: string;
  level: string;
  /** `YYYY-MM-DD`. */
  published: string;
}

const BODY = `${PLACEHOLDER} two or three sentences that expand the definition in plain words.

## Why it matters

${PLACEHOLDER} what this makes possible, or what goes wrong without it.

## How it works

${PLACEHOLDER} the mechanism, step by step. Link other entries as \`[text](/terms/their-slug/)\`.

## Example

${PLACEHOLDER} one concrete, everyday example.
`;

/** The prompt that stands in for the definition, naming the term unless that would make it too long. */
function placeholderDescription(title: string): string {
  const prompt = (term: string) => `${PLACEHOLDER} one sentence that defines ${term} for a newcomer.`;
  return prompt(title).length <= DESCRIPTION_MAX ? prompt(title) : prompt("the term");
}

/**
 * The text of a new entry file: the front matter written by js-yaml with the core schema, the very library and
 * schema the validator reads it with, so any title (`42`, `true`, `a: b`, `#hash`) reads back as the same text;
 * then the sections of an entry page, each with a prompt.
 */
export function newEntryText({ title, category, level, published }: NewEntry): string {
  const front = {
    title,
    description: placeholderDescription(title),
    category,
    level,
    published,
    aliases: [],
    related: [],
    sources: [],
  };
  return `---\n${dump(front, { schema: CORE_SCHEMA, lineWidth: -1 })}---\n\n${BODY}`;
}
