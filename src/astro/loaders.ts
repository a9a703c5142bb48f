import type { Loader, LoaderContext } from "astro/loaders";
import { ContentError } from "../core/checks/problem.ts";
import { warningSummary } from "../core/checks/report.ts";
import type { Category } from "../core/checks/schema.ts";
import { loadCategories } from "../core/content/categories.ts";
import type { Entry } from "../core/content/entry.ts";
import { errorsOf, type Glossary, loadGlossary, publishedEntries } from "../core/content/glossary.ts";
import type { Edition } from "../core/content/translations.ts";
import { editionNames, type NamedSlug } from "../core/graph/editionNames.ts";
import { glossaryMentions } from "../core/graph/markdownMentions.ts";
import {
  categoryRecordSchema,
  entryRecordSchema,
  languageRecordSchema,
  toEntryRecord,
  translationRecordSchema,
} from "./entryRecord.ts";
import { MentionCache } from "./mentionCache.ts";
import { watchContent } from "./watchContent.ts";

let latest: { root: string; glossary: Glossary } | undefined;

/**
 * The content folder read and checked: once per change, not once per collection. The loaders' watchers run in the
 * same turn of the event loop when a file changes, so the later ones get the first one's result, and every store
 * is filled from one snapshot.
 */
function checkedGlossary(root: string): Glossary {
  if (latest?.root !== root) {
    latest = { root, glossary: loadGlossary(root) };
    setImmediate(() => {
      latest = undefined;
    });
  }
  return latest.glossary;
}

const namesOfSnapshot = new WeakMap<Glossary, Map<string, NamedSlug[]>>();

/**
 * Every entry's names in one language (`edition` undefined: the site's own), worked out once per snapshot: the
 * translations and the languages loaders both need them.
 */
function namesIn(glossary: Glossary, edition: Edition | undefined): NamedSlug[] {
  let byLanguage = namesOfSnapshot.get(glossary);
  if (!byLanguage) {
    byLanguage = new Map();
    namesOfSnapshot.set(glossary, byLanguage);
  }
  const language = edition?.language ?? glossary.settings.language;
  let names = byLanguage.get(language);
  if (!names) {
    names = editionNames(glossary.entries, glossary.editions, edition);
    byLanguage.set(language, names);
  }
  return names;
}

/**
 * Stores the record of each published entry (or translation) under `idOf(entry)`, with `extra` fields, leaving a
 * stored record whose digest is unchanged as it is; returns the ids stored. The dev server keeps the validated body
 * with its front matter, so a page always shows the two together even while the file on disk is being edited or
 * has errors; a build reads the file and checks its digest.
 */
function storeRecords(
  { store, generateDigest, watcher }: Pick<LoaderContext, "store" | "generateDigest" | "watcher">,
  published: readonly Entry[],
  found: { links: ReadonlyMap<string, string[]>; mentions: ReadonlyMap<string, readonly { slug: string }[]> },
  idOf: (entry: Entry) => string,
  extra: Record<string, string> = {},
): Set<string> {
  const keepsBody = watcher !== undefined;
  const ids = new Set<string>();
  for (const entry of published) {
    const id = idOf(entry);
    ids.add(id);
    const links = found.links.get(entry.slug) ?? [];
    const mentioned = (found.mentions.get(entry.file) ?? []).map((mention) => mention.slug);
    const record = { ...toEntryRecord(entry, { revision: "", links, mentioned }), ...extra };
    // Everything stored goes into the digest, so a record of an older shape is never kept by mistake.
    const digest = generateDigest(JSON.stringify([record, keepsBody]));
    if (store.get(id)?.digest === digest) continue;
    store.set({ id, data: { ...record, revision: digest }, digest, ...(keepsBody ? { body: entry.body } : {}) });
  }
  return ids;
}

/**
 * Loads the published entries of a content folder into the `terms` collection. Validation is the core's, all of it,
 * before anything is stored: any error fails the build with every problem listed by file, line and field.
 * Stored are the front matter, the file's path, digests, and the entries the body links to or would mention: term
 * pages of a build render the body from the file (see termBody.ts), which keeps the store small however long bodies
 * are; the dev server also stores the validated body, so it never renders one that did not pass.
 */
export function termsLoader(root: string): Loader {
  return {
    name: "glossary-terms",
    schema: entryRecordSchema,
    async load(context) {
      const { store, logger } = context;
      const sync = async () => {
        const glossary = checkedGlossary(root);
        if (errorsOf(glossary).length > 0) throw new ContentError(glossary.problems, root);
        const summary = warningSummary(glossary.found);
        if (summary.length > 0) logger.warn(summary.join("\n"));
        const published = publishedEntries(glossary);
        const keep = new Set(published.map((entry) => entry.slug));
        for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
        const cache = new MentionCache(context.config.cacheDir);
        const mentions = glossaryMentions(glossary, cache);
        cache.save();
        storeRecords(context, published, { links: glossary.links, mentions }, (entry) => entry.slug);
      };
      await sync();
      watchContent(context, root, sync);
    },
  };
}

/**
 * Loads `categories.yaml` into the `categories` collection (the terms loader reports its problems). In the dev
 * server the categories change only together with a glossary that passes every check, like the entries, so a page
 * never shows an entry beside a category list it was not checked with.
 */
export function categoriesLoader(root: string): Loader {
  return {
    name: "glossary-categories",
    schema: categoryRecordSchema,
    async load(context) {
      const store = (categories: readonly Category[]) => {
        context.store.clear();
        categories.forEach((category, position) => {
          context.store.set({ id: category.id, data: { ...category, position } });
        });
      };
      store(loadCategories(root).categories);
      watchContent(context, root, async () => {
        const glossary = checkedGlossary(root);
        if (errorsOf(glossary).length === 0) store(glossary.categories);
      });
    },
  };
}

/**
 * Loads the published translations (src/core/content/translations.ts) into the `translations` collection, with ids
 * `<lang>/<slug>`, from the same checked snapshot as the entries (the terms loader reports its problems and stops
 * the build on an error). A translation's mentions are found with the names of its language (see editionNames);
 * like entries, the dev server also keeps its validated body.
 */
export function translationsLoader(root: string): Loader {
  return {
    name: "glossary-translations",
    schema: translationRecordSchema,
    async load(context) {
      const { store } = context;
      const sync = async () => {
        const glossary = checkedGlossary(root);
        if (errorsOf(glossary).length > 0) return;
        const keep = new Set<string>();
        const cache = new MentionCache(context.config.cacheDir, "translation-mentions.json");
        for (const edition of glossary.editions) {
          const { language, links } = edition;
          const mentions = glossaryMentions(
            { settings: glossary.settings, entries: edition.entries, links },
            cache,
            namesIn(glossary, edition),
            language,
          );
          const stored = storeRecords(
            context,
            publishedEntries(edition),
            { links, mentions },
            (entry) => `${language}/${entry.slug}`,
            { language },
          );
          for (const id of stored) keep.add(id);
        }
        cache.save();
        for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      };
      await sync();
      watchContent(context, root, sync);
    },
  };
}

/**
 * Loads one record per language of a site with translations into the `languages` collection (none without): the
 * categories in that language and every entry's names there, the site's own language included.
 */
export function languagesLoader(root: string): Loader {
  return {
    name: "glossary-languages",
    schema: languageRecordSchema,
    async load(context) {
      const sync = async () => {
        const glossary = checkedGlossary(root);
        if (errorsOf(glossary).length > 0) return;
        context.store.clear();
        if (glossary.editions.length === 0) return;
        const { editions, categories, settings } = glossary;
        context.store.set({
          id: settings.language,
          data: { categories, untranslatedCategories: [], names: namesIn(glossary, undefined) },
        });
        for (const edition of editions) {
          context.store.set({
            id: edition.language,
            data: {
              categories: edition.categories,
              untranslatedCategories: edition.untranslatedCategories,
              names: namesIn(glossary, edition),
            },
          });
        }
      };
      await sync();
      watchContent(context, root, sync);
    },
  };
}
