import { parseEntryFile } from "./entryFile.ts";
import type { Problem } from "./problem.ts";
import { type FrontMatter, frontMatterFields, frontMatterSchema } from "./schema.ts";
import { schemaProblems } from "./schemaProblems.ts";
import { isValidSlug, slugify } from "./slug.ts";
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

/** Result of reading one entry file: the entry when it is valid, and every problem found in it. */
export interface EntryResult {
  entry?: Entry;
  problems: Problem[];
}

/** Parses and validates one entry file on its own (checks that need other entries come later). */
export function readEntry(file: string, raw: string): EntryResult {
  const problems: Problem[] = [];
  const slug = slugOfFile(file);
  if (!isValidSlug(slug)) {
    const suggestion = slugify(slug);
    problems.push({
      file,
      position: { line: 1, column: 1 },
      message: `file name \`${slug}.md\` is not a valid slug: use lowercase letters, digits and single hyphens${suggestion ? `, e.g. \`${suggestion}.md\`` : ""}`,
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
  const result = frontMatterSchema.safeParse(source.value, { reportInput: true });
  if (!result.success) {
    problems.push(...schemaProblems(result.error.issues, file, source, FRONT_MATTER_KEYS));
    return { problems };
  }
  if (problems.length > 0) return { problems };
  return { entry: { slug, file, data: result.data, body, bodyLine, source }, problems };
}
