import { addProblems, type Problem } from "../checks/problem.ts";
import { type Category, categorySchema } from "../checks/schema.ts";
import { schemaProblems } from "../checks/schemaProblems.ts";
import { closestMatch } from "../checks/suggest.ts";
import { readOptionalFile } from "./optionalFile.ts";
import { parseYamlSource, yamlSyntaxProblems } from "./yamlSource.ts";

/** The categories of one translated language, and which of them `<lang>/categories.yaml` leaves untranslated. */
export interface TranslatedCategories {
  /** Every category of the glossary, in its order, translated where the file gives a translation. */
  categories: Category[];
  untranslated: string[];
  problems: Problem[];
}

const KEYS = Object.keys(categorySchema.shape);

/**
 * Reads `<lang>/categories.yaml`: a list of `{ id, title, description }` giving categories of `categories.yaml` their
 * translated title and description. The file is optional; an id the glossary does not declare is an error.
 */
export function readTranslatedCategories(
  root: string,
  language: string,
  categories: readonly Category[],
): TranslatedCategories {
  const file = `${language}/categories.yaml`;
  const read = readOptionalFile(root, file);
  const translations = new Map<string, Category>();
  const problems: Problem[] = [];
  if (!read.ok) problems.push(read.problem);
  else if (read.text !== undefined) {
    const source = parseYamlSource(read.text.replace(/^\uFEFF/, ""));
    if (source.errors.length > 0) addProblems(problems, yamlSyntaxProblems(file, source));
    else if (!Array.isArray(source.value)) {
      const message =
        "must be a list of categories, each with the `id` of a category in categories.yaml, a `title` and a `description`";
      problems.push({ file, position: { line: 1, column: 1 }, message, rule: "categories-invalid", severity: "error" });
    } else {
      const ids = categories.map((category) => category.id);
      source.value.forEach((item: unknown, index: number) => {
        const result = categorySchema.safeParse(item, { reportInput: true });
        if (!result.success) {
          const issues = result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));
          addProblems(problems, schemaProblems(issues, file, source, KEYS));
          return;
        }
        const { id } = result.data;
        const at = { file, field: `[${index}].id`, position: source.locate([index, "id"]), severity: "error" as const };
        if (!ids.includes(id)) {
          const guess = closestMatch(id, ids);
          const message = `\`${id}\` is not a category in categories.yaml${guess ? `; did you mean \`${guess}\`?` : ""}`;
          problems.push({ ...at, message, rule: "category-unknown" });
        } else if (translations.has(id)) {
          problems.push({ ...at, message: `category id \`${id}\` is translated twice`, rule: "category-duplicate" });
        } else translations.set(id, result.data);
      });
    }
  }
  return {
    categories: categories.map((category) => translations.get(category.id) ?? category),
    untranslated: categories.filter((category) => !translations.has(category.id)).map((category) => category.id),
    problems,
  };
}
