import { join } from "node:path";
import type { Loader } from "astro/loaders";
import { CATEGORIES_FILE, loadCategories } from "../core/categories.ts";
import { errorsOf, loadGlossary, publishedEntries } from "../core/glossary.ts";
import { ContentError, formatProblem } from "../core/problem.ts";
import { categoryRecordSchema, entryRecordSchema, toEntryRecord } from "./entryRecord.ts";
import { watchContent } from "./watchContent.ts";

/**
 * Loads the published entries of a content folder into the `terms` collection. Validation is the core's, all of it,
 * before anything is stored: any error fails the build with every problem listed by file, line and field.
 * Markdown is rendered with the site's configured processor and kept between builds while a file is unchanged.
 */
export function termsLoader(root: string): Loader {
  return {
    name: "glossary-terms",
    schema: entryRecordSchema,
    async load(context) {
      const { store, renderMarkdown, generateDigest, logger } = context;
      const sync = async () => {
        const glossary = loadGlossary(root);
        if (errorsOf(glossary).length > 0) throw new ContentError(glossary.problems, root);
        for (const warning of glossary.problems) logger.warn(formatProblem(warning));
        const published = publishedEntries(glossary);
        const keep = new Set(published.map((entry) => entry.slug));
        for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
        for (const entry of published) {
          const data = toEntryRecord(entry);
          const digest = generateDigest(JSON.stringify([data, entry.body]));
          if (store.get(entry.slug)?.digest === digest) continue;
          const rendered = await renderMarkdown(entry.body);
          store.set({ id: entry.slug, data, digest, rendered });
        }
      };
      await sync();
      watchContent(context, root, sync);
    },
  };
}

/** Loads `categories.yaml` into the `categories` collection (the terms loader reports its problems). */
export function categoriesLoader(root: string): Loader {
  return {
    name: "glossary-categories",
    schema: categoryRecordSchema,
    async load(context) {
      const sync = async () => {
        const { categories } = loadCategories(root);
        context.store.clear();
        categories.forEach((category, position) => {
          context.store.set({ id: category.id, data: { ...category, position } });
        });
      };
      await sync();
      watchContent(context, join(root, CATEGORIES_FILE), sync);
    },
  };
}
