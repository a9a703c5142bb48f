import { addProblems, type Problem } from "../checks/problem.ts";
import {
  ENTRY_ONLY_FIELDS,
  type TranslationFrontMatter,
  translationFields,
  translationSchema,
} from "../checks/schema.ts";
import { schemaProblems } from "../checks/schemaProblems.ts";
import { ENTRY_SIZE_LIMIT, MAX_ENTRY_BYTES, slugOfFile } from "./entry.ts";
import { parseEntryFile } from "./entryFile.ts";
import { tooLargeProblem } from "./textFile.ts";
import type { YamlSource } from "./yamlSource.ts";

/** One translation file (`<lang>/terms/<slug>.md`) on its own, validated: its language's names, text and dates. */
export interface TranslationFile {
  language: string;
  /** The slug of the entry it translates: its file name without `.md`. */
  slug: string;
  /** Path relative to the content root, e.g. `nl/terms/deep-learning.md`. */
  file: string;
  data: TranslationFrontMatter;
  body: string;
  bodyLine: number;
  source: YamlSource;
}

/** The fields a translation's front matter may have, for "did you mean" hints. */
export const TRANSLATION_KEYS: readonly string[] = Object.keys(translationFields.shape);

/** Problems for the fields that belong to the entry (`category`, `level`, `related`) given in a translation. */
function entryOnlyFields(file: string, source: YamlSource, entryFile: string): Problem[] {
  const fields = source.value as Record<string, unknown>;
  return ENTRY_ONLY_FIELDS.filter((key) => Object.hasOwn(fields, key)).map((key) => ({
    file,
    field: key,
    position: source.locate([key], true),
    message: `comes from the entry it translates (${entryFile}) and may not be given in a translation: remove it`,
    rule: "translation-field",
    severity: "error",
  }));
}

/**
 * Parses and validates one translation file on its own; `entryFile` is the file of the entry it translates, named
 * in messages. Checks that need the entry or other translations come later.
 */
export function readTranslation(
  language: string,
  file: string,
  raw: string,
  entryFile: string,
): { translation?: TranslationFile; problems: Problem[] } {
  if (raw.length > MAX_ENTRY_BYTES) return { problems: [tooLargeProblem(file, raw.length, ENTRY_SIZE_LIMIT)] };
  const split = parseEntryFile(file, raw);
  if (!split.ok) return { problems: split.problems };
  const { source, body, bodyLine } = split.value;
  const value = source.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const message = "front matter is empty or not a list of fields: add at least title, description and published";
    return {
      problems: [{ file, position: { line: 1, column: 1 }, message, rule: "front-matter-empty", severity: "error" }],
    };
  }
  const problems = entryOnlyFields(file, source, entryFile);
  const own = Object.fromEntries(
    Object.entries(value).filter(([key]) => !(ENTRY_ONLY_FIELDS as readonly string[]).includes(key)),
  );
  const result = translationSchema.safeParse(own, { reportInput: true });
  if (!result.success) addProblems(problems, schemaProblems(result.error.issues, file, source, TRANSLATION_KEYS));
  if (problems.length > 0 || !result.success) return { problems };
  return {
    translation: { language, slug: slugOfFile(file), file, data: result.data, body, bodyLine, source },
    problems,
  };
}
