/** A valid entry's front matter, as YAML lines, for tests to start from and break one line at a time. */
export const VALID_FRONT_MATTER = [
  "title: Deep Learning",
  "description: A branch of machine learning that trains neural networks with many layers.",
  "category: core-concepts",
  "level: beginner",
  "published: 2026-04-21",
];

/** Writes an entry file from front-matter lines and a body. */
export function entryText(lines: readonly string[] = VALID_FRONT_MATTER, body = "Body text.\n"): string {
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

/** The valid front matter with one field's line replaced (or removed, when `line` is undefined). */
export function withField(field: string, line?: string): string[] {
  const rest = VALID_FRONT_MATTER.filter((existing) => !existing.startsWith(`${field}:`));
  return line === undefined ? rest : [...rest, line];
}

/** An entry of the `basics` category titled `title`, with extra front-matter lines and a body. */
export function basicEntry(title: string, extra: string[] = [], body = "Text.\n"): string {
  const lines = [
    `title: ${title}`,
    `description: A short test definition of ${title}.`,
    "category: basics",
    "level: beginner",
    "published: 2026-04-21",
    ...extra,
  ];
  return entryText(lines, body);
}

/** A Dutch translation titled `title`, published 2026-05-01, with extra front-matter lines and a body. */
export function dutchTranslation(title: string, extra: string[] = [], body = "Tekst.\n"): string {
  const lines = [
    `title: ${title}`,
    `description: Een korte definitie van ${title}.`,
    "published: 2026-05-01",
    ...extra,
  ];
  return entryText(lines, body);
}
