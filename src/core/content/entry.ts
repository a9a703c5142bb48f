import { addProblems, type Problem } from "../checks/problem.ts";
import { type FrontMatter, frontMatterFields, frontMatterSchema } from "../checks/schema.ts";
import { schemaProblems } from "../checks/schemaProblems.ts";
import { parseEntryFile } from "./entryFile.ts";
import { shortSlug, slugify, slugProblem } from "./slug.ts";
import { type SizeLimit, tooLargeProblem } from "./textFile.ts";
import type { YamlSource } from "./yamlSource.ts";

/** One glossary entry: its validated front matter, its Markdown body and where it came from. */
export interface Entry {
  /** The URL segment and identity of the entry: its file name without `.md`. */
  slug: string;
  /** Path of the file relative to the content root, e.g. `terms/deep-learning.md`. */
  file: string;
  data: FrontMatter;
  body: string;
  /** File line the body starts on. */
  bodyLine: number;
  /** The parsed front matter, to locate fields when cross-entry checks report problems. */
  source: YamlSource;
}

/** The fields an entry's front matter may have, for "did you mean" hints. */
export const FRONT_MATTER_KEYS: readonly string[] = Object.keys(frontMatterFields.shape);

/** The slug an entry file name stands for: the name without folders and without `.md`. */
export function slugOfFile(file: string): string {
  return (file.split("/").pop() ?? file).replace(/\.md$/, "");
}

/** What the cross-entry checks need of a file, read even when the file has other errors so none go unreported. */
export interface EntryFacts {
  slug: string;
  file: string;
  source: YamlSource;
  /** The `title` value when it is text. */
  title?: string;
  /** The `aliases` names by position (a plain name or the `name` of an object); anything else is left undefined. */
  aliases: (string | undefined)[];
  /** The aliases marked `ambiguous: true`: names this entry knowingly shares with others. */
  ambiguous: ReadonlySet<string>;
  /** The `category` value when it is text. */
  category?: string;
  /** The `related` values by position; anything that is not text is left undefined. */
  related: (string | undefined)[];
  draft: boolean;
}

/** Result of reading one entry file: the entry when it is valid, its facts when its YAML parsed, and every problem. */
export interface EntryResult {
  entry?: Entry;
  facts?: EntryFacts;
  problems: Problem[];
}

function factsOf(slug: string, file: string, source: YamlSource): EntryFacts | undefined {
  const value = source.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const fields = value as Record<string, unknown>;
  const texts = (value: unknown) =>
    Array.isArray(value) ? value.map((item: unknown) => (typeof item === "string" ? item : undefined)) : [];
  const aliases = Array.isArray(fields.aliases) ? fields.aliases : [];
  const named = (item: unknown) =>
    typeof item === "object" && item !== null && "name" in item && typeof item.name === "string" ? item.name : item;
  const facts: EntryFacts = {
    slug,
    file,
    source,
    aliases: texts(aliases.map(named)),
    ambiguous: new Set(
      aliases.flatMap((item: unknown) =>
        typeof item === "object" && item !== null && "ambiguous" in item && item.ambiguous === true
          ? texts([named(item)]).filter((name) => name !== undefined)
          : [],
      ),
    ),
    related: texts(fields.related),
    draft: fields.draft === true,
  };
  if (typeof fields.title === "string") facts.title = fields.title;
  if (typeof fields.category === "string") facts.category = fields.category;
  return facts;
}

/** The largest entry file accepted: far above any real entry, low enough that a stray file cannot stall a build. */
export const MAX_ENTRY_BYTES = 1024 * 1024;

/** The size limit of an entry file, checked on the file before it is read, and on text handed to `readEntry`. */
export const ENTRY_SIZE_LIMIT: SizeLimit = {
  bytes: MAX_ENTRY_BYTES,
  over: "the 1 MiB limit for an entry: split it or remove what does not belong",
};

/** Parses and validates one entry file on its own (checks that need other entries come later). */
export function readEntry(file: string, raw: string): EntryResult {
  const problems: Problem[] = [];
  if (raw.length > MAX_ENTRY_BYTES) return { problems: [tooLargeProblem(file, raw.length, ENTRY_SIZE_LIMIT)] };
  const slug = slugOfFile(file);
  const why = slugProblem(slug);
  if (why) {
    const suggestion = shortSlug(slugify(slug));
    const shown = slug.length > 60 ? `${slug.slice(0, 40)}…` : slug;
    problems.push({
      file,
      position: { line: 1, column: 1 },
      message: `file name \`${shown}.md\` is not a valid slug: ${why}${suggestion && suggestion !== slug ? `, e.g. \`${suggestion}.md\`` : ""}`,
      rule: "slug-invalid",
      severity: "error",
    });
  }
  const split = parseEntryFile(file, raw);
  if (!split.ok) return { problems: [...problems, ...split.problems] };
  const { source, body, bodyLine } = split.value;
  if (source.value === null || source.value === undefined) {
    problems.push({
      file,
      position: { line: 1, column: 1 },
      message: "front matter is empty: add at least title, description, category, level and published",
      rule: "front-matter-empty",
      severity: "error",
    });
    return { problems };
  }
  const facts = factsOf(slug, file, source);
  const withFacts = facts ? { facts } : {};
  const result = frontMatterSchema.safeParse(source.value, { reportInput: true });
  if (!result.success) {
    addProblems(problems, schemaProblems(result.error.issues, file, source, FRONT_MATTER_KEYS));
    return { ...withFacts, problems };
  }
  if (problems.length > 0) return { ...withFacts, problems };
  return { entry: { slug, file, data: result.data, body, bodyLine, source }, ...withFacts, problems };
}
