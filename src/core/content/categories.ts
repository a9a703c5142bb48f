import { addProblems, type Problem } from "../checks/problem.ts";
import { type Category, categoriesSchema, categorySchema } from "../checks/schema.ts";
import { schemaProblems } from "../checks/schemaProblems.ts";
import { readOptionalFile } from "./optionalFile.ts";
import { parseYamlSource, type YamlSource, yamlSyntaxProblems } from "./yamlSource.ts";

/** The file, relative to the content root, that declares the categories. */
const CATEGORIES_FILE = "categories.yaml";

/** Result of reading `categories.yaml`: the valid categories and every problem found. */
export interface CategoriesResult {
  /** The valid categories, in the order of the file. */
  categories: Category[];
  /**
   * The categories entries may name: the valid ones, and those whose declaration is broken anywhere but in its id
   * (their title and description are the id and nothing): an entry naming one is right, and its category's problems
   * are reported in categories.yaml, not again on every entry. Undefined when the file declares no usable id at all
   * (missing, not YAML, not a list): then nothing can be said about the entries' categories.
   */
  declared: Category[] | undefined;
  problems: Problem[];
}

const KEYS = Object.keys(categorySchema.shape);

/** The id of a declaration when it is a valid one, whatever else is wrong with the declaration. */
function usableId(item: unknown): string | undefined {
  if (typeof item !== "object" || item === null || !("id" in item)) return undefined;
  return categorySchema.shape.id.safeParse(item.id).success ? (item.id as string) : undefined;
}

/** The ids declared twice, as problems on the later declarations. */
function duplicateIds(declared: readonly { id: string; index: number }[], source: YamlSource): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const { id, index } of declared) {
    if (seen.has(id)) {
      problems.push({
        file: CATEGORIES_FILE,
        field: `[${index}].id`,
        position: source.locate([index, "id"]),
        message: `category id \`${id}\` is declared twice`,
        rule: "category-duplicate",
        severity: "error",
      });
    }
    seen.add(id);
  }
  return problems;
}

/**
 * Parses and validates `categories.yaml` text: a non-empty list of `{ id, title, description }` with unique ids. Each
 * category is checked on its own, so every problem of every category is reported at once and the valid ones are
 * still used.
 */
export function readCategories(raw: string | undefined): CategoriesResult {
  const file = CATEGORIES_FILE;
  if (raw === undefined) {
    return {
      categories: [],
      declared: undefined,
      problems: [
        {
          file,
          position: { line: 1, column: 1 },
          message: "is missing: every glossary declares its categories in categories.yaml",
          rule: "categories-missing",
          severity: "error",
        },
      ],
    };
  }
  const source = parseYamlSource(raw.replace(/^\uFEFF/, ""));
  if (source.errors.length > 0) {
    return { categories: [], declared: undefined, problems: yamlSyntaxProblems(file, source) };
  }
  if (!Array.isArray(source.value) || source.value.length === 0) {
    const { error } = categoriesSchema.safeParse(source.value, { reportInput: true });
    return {
      categories: [],
      declared: undefined,
      problems: error ? schemaProblems(error.issues, file, source, KEYS) : [],
    };
  }
  const categories: Category[] = [];
  const declared: Category[] = [];
  const ids: { id: string; index: number }[] = [];
  const problems: Problem[] = [];
  source.value.forEach((item: unknown, index) => {
    const result = categorySchema.safeParse(item, { reportInput: true });
    const id = result.success ? result.data.id : usableId(item);
    if (result.success) {
      categories.push(result.data);
    } else {
      const issues = result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));
      addProblems(problems, schemaProblems(issues, file, source, KEYS));
    }
    if (id === undefined) return;
    declared.push(result.success ? result.data : { id, title: id, description: "" });
    ids.push({ id, index });
  });
  addProblems(problems, duplicateIds(ids, source));
  return { categories, declared: declared.length > 0 ? declared : undefined, problems };
}

/** Reads `categories.yaml` from a content root (a missing file is a problem). */
export function loadCategories(root: string): CategoriesResult {
  const file = readOptionalFile(root, CATEGORIES_FILE);
  if (!file.ok) return { categories: [], declared: undefined, problems: [file.problem] };
  return readCategories(file.text);
}
