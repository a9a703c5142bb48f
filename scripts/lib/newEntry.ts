import { PLACEHOLDER } from "../../src/core/checks/warnings.ts";

/** The fields a new entry starts with. */
export interface NewEntry {
  title: string;
  category: string;
  level: string;
  /** `YYYY-MM-DD`. */
  published: string;
}

function yamlString(text: string): string {
  return /^[\w][\w .'-]*$/.test(text) && !/^(true|false|null|yes|no|on|off)$/i.test(text) ? text : JSON.stringify(text);
}

/** The text of a new entry file: valid front matter and the sections of an entry page, each with a prompt. */
export function newEntryText({ title, category, level, published }: NewEntry): string {
  return `---
title: ${yamlString(title)}
description: "${PLACEHOLDER} one sentence that defines ${title.replace(/"/g, "'")} for a newcomer."
category: ${category}
level: ${level}
published: ${published}
aliases: []
related: []
sources: []
---

${PLACEHOLDER} two or three sentences that expand the definition in plain words.

## Why it matters

${PLACEHOLDER} what this makes possible, or what goes wrong without it.

## How it works

${PLACEHOLDER} the mechanism, step by step. Link other entries as \`[text](/terms/their-slug/)\`.

## Example

${PLACEHOLDER} one concrete, everyday example.
`;
}
