import { join } from "node:path";
import type { Problem } from "../checks/problem.ts";
import { type Category, categoriesSchema, categorySchema } from "../checks/schema.ts";
import { schemaProblems } from "../checks/schemaProblems.ts";
import { readOptionalFile } from "./optionalFile.ts";
import { parseYamlSource, yamlSyntaxProblems } from "./yamlSource.ts";

/** The file, relative to the content root, that declares the categories. */
export const CATEGORIES_FILE = "categories.yaml";

/** Result of reading `categories.yaml`: the valid categories and every problem found. */
export interface CategoriesResult {
  categories: Category[];
  problems: Problem[];
}

/** Parses and validates `categories.yaml` text: a non-empty list of `{ id, title, description }` with unique ids. */
export function readCategories(raw: string | undefined): CategoriesResult {
  const file = CATEGORIES_FILE;
  if (raw === undefined) {
    return {
      categories: [],
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
    return { categories: [], problems: yamlSyntaxProblems(file, source) };
  }
  const result = categoriesSchema.safeParse(source.value, { reportInput: true });
  if (!result.success) {
    return {
      categories: [],
      problems: schemaProblems(result.error.issues, file, source, Object.keys(categorySchema.shape)),
    };
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  result.data.forEach((category, index) => {
    if (seen.has(category.id)) {
      problems.push({
        file,
        field: `[${index}].id`,
        position: source.locate([index, "id"]),
        message: `category id \`${category.id}\` is declared twice`,
        rule: "category-duplicate",
        severity: "error",
      });
    }
    seen.add(category.id);
  });
  return { categories: result.data, problems };
}

/** Reads `categories.yaml` from a content root (a missing file is a problem). */
export function loadCategories(root: string): CategoriesResult {
  return readCategories(readOptionalFile(join(root, CATEGORIES_FILE)));
}
