import { DESCRIPTION_MAX } from "../../../src/core/checks/schema.ts";
import { slugify } from "../../../src/core/content/slug.ts";

/** The front matter of one imported entry, ready to be written. */
export interface MappedFields {
  title: string;
  description?: string;
  category?: string;
  categoryTitle?: string;
  published?: string;
  updated?: string;
  aliases: string[];
  slug?: string;
  /** Whether the source marks the page as not to be published (`draft: true`, Jekyll's `published: false`). */
  draft?: boolean;
}

/** The keys every shape may use that the importer reads (the rest is reported as kept out). */
const KNOWN_KEYS = new Set([
  "title",
  "Title",
  "name",
  "description",
  "summary",
  "excerpt",
  "tags",
  "category",
  "categories",
  "aka",
  "aliases",
  "synonyms",
  "date",
  "lastmod",
  "updated",
  "slug",
  "id",
  "sidebar_label",
  "draft",
  "published",
  "permalink",
  "lastUpdated",
]);

/** Text of a scalar front-matter value, trimmed; undefined when it is not a non-empty scalar. */
function scalar(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** The texts of a value that is one name or a list of names. */
function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item) => scalar(item) ?? []);
}

/** The date part (YYYY-MM-DD) of a date or date-time value; undefined when there is none. */
export function datePart(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const text = scalar(value);
  const match = text ? /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text) : null;
  return match?.[1];
}

/** Whether an alias looks like a URL path (Hugo aliases are old addresses, not names). */
export function isUrlPath(value: string): boolean {
  return value.startsWith("/") || value.includes("://") || /\.html?$/.test(value);
}

/** Maps one file's front matter to this project's fields, with notes on what could not be mapped. */
export function mapFrontMatter(data: Record<string, unknown>): { fields: Partial<MappedFields>; notes: string[] } {
  const notes: string[] = [];
  const title = scalar(data.title) ?? scalar(data.Title) ?? scalar(data.name) ?? scalar(data.sidebar_label);
  const rawDescription = scalar(data.description) ?? scalar(data.summary) ?? scalar(data.excerpt);
  let description = rawDescription?.replace(/\s+/g, " ");
  if (description && description.length > DESCRIPTION_MAX) {
    notes.push(`description cut to ${DESCRIPTION_MAX} characters`);
    description = cutText(description);
  }
  const categoryName = [...names(data.category), ...names(data.categories), ...names(data.tags)][0];
  const aliases: string[] = [];
  for (const key of ["aka", "aliases", "synonyms"]) {
    for (const alias of names(data[key])) {
      if (isUrlPath(alias)) notes.push(`alias \`${alias}\` is a URL path, not a name: left out`);
      else aliases.push(alias);
    }
  }
  const published = datePart(data.date) ?? datePart(data.published);
  const updated = datePart(data.lastmod) ?? datePart(data.updated) ?? datePart(data.lastUpdated);
  const slugSource = scalar(data.slug) ?? scalar(data.id) ?? scalar(data.permalink);
  const slug = slugSource ? slugify(slugSource.split("/").filter(Boolean).pop() ?? "") || undefined : undefined;
  const unknown = Object.keys(data).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) notes.push(`kept out: ${unknown.join(", ")}`);
  const category = categoryName ? slugify(categoryName) || undefined : undefined;
  const fields: Partial<MappedFields> = { aliases };
  if (title) fields.title = title;
  if (description) fields.description = description;
  if (category && categoryName) {
    fields.category = category;
    fields.categoryTitle = categoryName;
  }
  if (published) fields.published = published;
  if (updated) fields.updated = updated;
  if (slug) fields.slug = slug;
  if (data.draft === true || data.published === false) fields.draft = true;
  return { fields, notes };
}

/** Text cut to at most DESCRIPTION_MAX characters at a word boundary, ending with an ellipsis when cut. */
export function cutText(text: string): string {
  if (text.length <= DESCRIPTION_MAX) return text;
  const cut = text.slice(0, DESCRIPTION_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

/** The abbreviation a title ends with in parentheses ("Application Programming Interface (API)" → "API"). */
export function abbreviationOf(title: string): string | undefined {
  return /\(([A-Z][A-Za-z0-9.&-]{1,15})\)\s*$/.exec(title)?.[1];
}
