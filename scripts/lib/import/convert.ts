import { stringify } from "yaml";
import { parseEntryFile } from "../../../src/core/content/entryFile.ts";
import { slugify } from "../../../src/core/content/slug.ts";
import { convertBody, firstSentence, headingIds, type LinkTargets } from "./body.ts";
import { abbreviationOf, mapFrontMatter } from "./frontMatter.ts";

/** One Markdown file of the folder to import: its path relative to that folder and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** What an import produces: the files to write (paths relative to the output folder) and what to report. */
export interface ImportResult {
  files: Map<string, string>;
  /** How many entries were written. */
  imported: number;
  /** Report lines, `path: note`, in the order found. */
  notes: string[];
}

/** The category given to entries whose front matter names none. */
export const DEFAULT_CATEGORY = "general";

/** The slug a file's path gives: the file name, the folder of an `index.md` bundle, without a Jekyll date prefix. */
export function slugOfPath(file: string): string {
  const parts = file.split("/");
  let name = (parts.pop() ?? "").replace(/\.mdx?$/i, "");
  if (/^_?index$/i.test(name) && parts.length > 0) name = parts.pop() ?? name;
  return slugify(name.replace(/^\d{4}-\d{2}-\d{2}-/, ""));
}

/** The folder part of a relative path ("" at the top). */
function folderOf(file: string): string {
  return file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
}

/**
 * Why a file is a page listing its folder rather than a term, or undefined: Hugo's `_index.md` section page, or an
 * `index.md` whose folder holds other Markdown files, at any depth (the overview of a Docusaurus, Starlight or
 * Jekyll folder). An `index.md` alone in its folder is a page bundle, a term. `folders` counts the Markdown files
 * under each folder.
 */
function listPage(file: string, folders: ReadonlyMap<string, number>): string | undefined {
  const name = file.split("/").pop() ?? "";
  if (/^_index\.mdx?$/i.test(name)) return "a section page (the list of its folder), not a term";
  if (/^index\.mdx?$/i.test(name) && (folders.get(folderOf(file)) ?? 0) > 1) {
    return "the overview page of its folder, not a term";
  }
  return undefined;
}

/** The date a Jekyll post's file name starts with, if any. */
function dateOfPath(file: string): string | undefined {
  return /(?:^|\/)(\d{4}-\d{2}-\d{2})-[^/]+$/.exec(file)?.[1];
}

/** A title made readable from a slug, for files whose front matter has none. */
function titleOfSlug(slug: string): string {
  return slug
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

interface Pending {
  file: string;
  slug: string;
  title: string;
  description?: string;
  category: string;
  categoryTitle: string;
  published: string;
  updated?: string;
  aliases: string[];
  draft: boolean;
  body: string;
  notes: string[];
}

/**
 * The aliases each entry gets (its own, then its title's parenthesised abbreviation), leaving out those equal to a
 * title or repeated within the entry; and how many entries have each alias (lower-cased), so that shared ones can
 * be marked ambiguous.
 */
function importedAliases(pending: readonly Pending[]): {
  aliasesOf: Map<Pending, string[]>;
  owners: Map<string, number>;
} {
  const titles = new Set(pending.map((entry) => entry.title.toLowerCase()));
  const aliasesOf = new Map<Pending, string[]>();
  const owners = new Map<string, number>();
  for (const entry of pending) {
    const abbreviation = abbreviationOf(entry.title);
    const aliases: string[] = [];
    for (const alias of abbreviation ? [...entry.aliases, abbreviation] : entry.aliases) {
      const key = alias.toLowerCase();
      if (titles.has(key) || aliases.some((a) => a.toLowerCase() === key)) continue;
      aliases.push(alias);
      owners.set(key, (owners.get(key) ?? 0) + 1);
    }
    aliasesOf.set(entry, aliases);
  }
  return { aliasesOf, owners };
}

/** Converts the Markdown files of a folder into this project's content layout (pure: no file is read or written). */
export function convertFolder(sources: readonly SourceFile[], siteTitle: string, today: string): ImportResult {
  const notes: string[] = [];
  const pending: Pending[] = [];
  const bySlug = new Map<string, string>();
  const folders = new Map<string, number>();
  for (const { file } of sources) {
    for (let folder = folderOf(file); ; folder = folderOf(folder)) {
      folders.set(folder, (folders.get(folder) ?? 0) + 1);
      if (folder === "") break;
    }
  }
  for (const source of sources) {
    const notATerm = listPage(source.file, folders);
    if (notATerm !== undefined) {
      notes.push(`${source.file}: skipped, ${notATerm}`);
      continue;
    }
    const parsed = parseEntryFile(source.file, source.text);
    if (!parsed.ok) {
      notes.push(`${source.file}: skipped, ${parsed.problems[0]?.message ?? "front matter does not parse"}`);
      continue;
    }
    const value = parsed.value.source.value;
    const data = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    const { fields, notes: fileNotes } = mapFrontMatter(data);
    const slug = fields.slug ?? slugOfPath(source.file);
    if (slug === "") {
      notes.push(`${source.file}: skipped, no slug can be made from its name`);
      continue;
    }
    const first = bySlug.get(slug);
    if (first !== undefined) {
      notes.push(`${source.file}: skipped, its slug \`${slug}\` is already taken by ${first}`);
      continue;
    }
    bySlug.set(slug, source.file);
    const title = fields.title ?? titleOfSlug(slug);
    if (!fields.title) fileNotes.push("no title: made from the file name");
    const dated = fields.published ?? dateOfPath(source.file);
    if (!dated && fields.updated) fileNotes.push(`no date: published set to the last update (${fields.updated})`);
    const published = dated ?? fields.updated;
    if (!published) fileNotes.push(`no date: published set to today (${today})`);
    if (!fields.category) fileNotes.push(`no category: put in \`${DEFAULT_CATEGORY}\``);
    pending.push({
      file: source.file,
      slug,
      title,
      ...(fields.description ? { description: fields.description } : {}),
      category: fields.category ?? DEFAULT_CATEGORY,
      categoryTitle: fields.categoryTitle ?? "General",
      published: published ?? today,
      ...(dated && fields.updated && fields.updated > dated ? { updated: fields.updated } : {}),
      aliases: fields.aliases ?? [],
      draft: fields.draft === true || /(?:^|\/)_drafts\//.test(source.file),
      body: parsed.value.body,
      notes: fileNotes,
    });
  }
  const slugs = new Map<string, string>();
  for (const entry of pending) if (!slugs.has(slugOfPath(entry.file))) slugs.set(slugOfPath(entry.file), entry.slug);
  for (const entry of pending) slugs.set(entry.slug, entry.slug);
  const targets: LinkTargets = {
    slugs,
    drafts: new Set(pending.filter((entry) => entry.draft).map((entry) => entry.slug)),
    headings: new Map(pending.map((entry) => [entry.slug, headingIds(entry.body)])),
  };
  const files = new Map<string, string>();
  const categories = new Map<string, string>();
  const { aliasesOf, owners } = importedAliases(pending);
  for (const entry of pending) {
    const converted = convertBody(entry.body, entry.title, entry.draft ? { ...targets, drafts: new Set() } : targets);
    const entryNotes = [...entry.notes, ...converted.notes];
    let description = entry.description ?? firstSentence(converted.body);
    if (!entry.description) {
      entryNotes.push(description ? "no description: the body's first sentence used" : "no description: TODO left");
    }
    description ??= `TODO: say what ${entry.title} is in one sentence.`;
    const body = converted.body || `TODO: explain ${entry.title}.\n`;
    if (!converted.body) entryNotes.push("empty body: TODO left");
    const aliases = (aliasesOf.get(entry) ?? []).map((alias) => {
      if ((owners.get(alias.toLowerCase()) ?? 0) < 2) return alias;
      entryNotes.push(
        `alias \`${alias}\` is shared with other terms: marked ambiguous, so /terms/${slugify(alias)}/ lists them all`,
      );
      return { name: alias, ambiguous: true };
    });
    categories.set(entry.category, categories.get(entry.category) ?? entry.categoryTitle);
    const front: Record<string, unknown> = {
      title: entry.title,
      description,
      category: entry.category,
      level: "beginner",
      published: entry.published,
      ...(entry.updated ? { updated: entry.updated } : {}),
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(entry.draft ? { draft: true } : {}),
    };
    files.set(`terms/${entry.slug}.md`, `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}`);
    for (const note of entryNotes) notes.push(`${entry.file}: ${note}`);
  }
  if (pending.length > 0) {
    notes.push("every entry: level set to `beginner` (no shape gives one)");
    const list = [...categories].map(([id, title]) => ({
      id,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      description: `TODO: say in one sentence what the entries about ${title} have in common.`,
    }));
    files.set("categories.yaml", stringify(list, { lineWidth: 0 }));
    files.set("site.yaml", stringify({ title: siteTitle }, { lineWidth: 0 }));
  }
  return { files, imported: pending.length, notes };
}
