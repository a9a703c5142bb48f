import { lstatSync } from "node:fs";
import { join } from "node:path";
import { analyseBody, type BodyFacts } from "../checks/body.ts";
import { brokenBodyLinks, linkedSlugs } from "../checks/bodyLinks.ts";
import { conflictingAliases, duplicateSlugs, duplicateTitles } from "../checks/crossChecks.ts";
import { addProblems, type Problem } from "../checks/problem.ts";
import type { Category } from "../checks/schema.ts";
import type { SiteSettings } from "../checks/site.ts";
import { closestMatch } from "../checks/suggest.ts";
import { orphanTranslation, staleTranslation } from "../checks/translationChecks.ts";
import { descriptionsRepeatingTitles, markupInFields, placeholders } from "../checks/warnings.ts";
import { ENTRY_SIZE_LIMIT, type Entry, type EntryFacts, slugOfFile } from "./entry.ts";
import { fileProblem, unreadableProblem } from "./fileProblems.ts";
import { tryParseMarkdown } from "./markdownTree.ts";
import { type EntryListing, listEntryFiles, TERMS_DIR } from "./termsFolder.ts";
import { readTextFile } from "./textFile.ts";
import { readTranslatedCategories } from "./translatedCategories.ts";
import { readTranslation, type TranslationFile } from "./translation.ts";

/**
 * The glossary in one translated language: every valid translation merged with the entry it translates (the
 * entry's category, level and related concepts with the translation's names, text, dates and body), and the
 * categories with their translated titles where `<lang>/categories.yaml` gives them.
 */
export interface Edition {
  language: string;
  /** Every file listed in the language's folder (`nl/terms/…`), valid or not, in file order. */
  files: string[];
  /** The translated entries (drafts included), each with the translation's file, in file order. */
  entries: Entry[];
  /** For each translated entry with a valid body, the slugs its body links to, in order, without repeats. */
  links: Map<string, string[]>;
  /** Every category of the glossary, in its order, with the translated title and description where there is one. */
  categories: Category[];
  /** The ids of the categories `<lang>/categories.yaml` does not translate. */
  untranslatedCategories: string[];
}

/** The folder, inside the content root, of one language's translations: `nl/terms`. */
export function translationFolder(language: string): string {
  return `${language}/${TERMS_DIR}`;
}

/** Whether a path inside the content root exists (as anything); one that cannot be looked at counts, to be reported. */
function exists(root: string, path: string): boolean {
  try {
    return lstatSync(join(root, path), { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}

/**
 * Why a language's folder (`nl/`) is not read, or undefined when it is a real folder or absent. A symbolic link is
 * never followed: it could bring in files from outside the content folder, or list an entry twice.
 */
function languageFolderProblem(root: string, language: string): Problem | undefined {
  const folder = `${language}/`;
  try {
    const stats = lstatSync(join(root, language), { throwIfNoEntry: false });
    if (!stats || stats.isDirectory()) return undefined;
    const what = stats.isSymbolicLink()
      ? `is a symbolic link, and links to folders are not followed: make ${folder} a real folder of the content`
      : `is not a folder: ${folder} is a folder holding the translations into \`${language}\` (terms/, categories.yaml)`;
    return fileProblem(folder, what, "not-a-folder");
  } catch (error) {
    return unreadableProblem(folder, error);
  }
}

/** The translation files of one language, relative to the content root, and what the walk could not read. */
function listTranslationFiles(root: string, language: string): EntryListing {
  const folder = translationFolder(language);
  return exists(root, folder) ? listEntryFiles(root, folder) : { files: [], problems: [] };
}

/** A translation's front matter in the shape the cross-file checks of entries read. */
function factsOf(translation: TranslationFile, category: string | undefined): EntryFacts {
  const { slug, file, source, data } = translation;
  const facts: EntryFacts = {
    slug,
    file,
    source,
    title: data.title,
    aliases: [...data.aliases],
    ambiguous: new Set(data.ambiguous),
    related: [],
    draft: data.draft,
  };
  if (category !== undefined) facts.category = category;
  return facts;
}

/** The entry a translation stands for on its language's pages. */
function merged(entry: Entry, translation: TranslationFile): Entry {
  const { file, body, bodyLine, source, data } = translation;
  // The dates are the translation's own: an entry's `updated` is not the day its translation last changed.
  // So is the heading: the entry's own is in the entry's language.
  const { updated, heading, ...shared } = entry.data;
  return {
    slug: entry.slug,
    file,
    body,
    bodyLine,
    source,
    data: { ...shared, ...data, draft: entry.data.draft || data.draft },
  };
}

/**
 * Reads and checks the translations of one language: each file on its own, then against the entry it translates
 * (which must exist; a translation older than its entry's last change is a warning), then across the language's
 * files (slugs, titles, aliases), then the bodies' links, which name entries as the entries' bodies do.
 */
function readEdition(
  root: string,
  language: string,
  entries: readonly Entry[],
  entryFiles: readonly string[],
  entryBodies: ReadonlyMap<string, BodyFacts>,
  categories: readonly Category[],
  defaultLanguage: string,
  repeatsTitle: boolean,
): { edition: Edition; bodies: Map<string, BodyFacts>; problems: Problem[] } {
  const problems: Problem[] = [];
  const listing = listTranslationFiles(root, language);
  addProblems(problems, listing.problems);
  const fileOfSlug = new Map(entryFiles.map((file) => [slugOfFile(file), file]));
  const entryOfSlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const translated: Entry[] = [];
  const facts: EntryFacts[] = [];
  for (const file of listing.files) {
    const slug = slugOfFile(file);
    const entryFile = fileOfSlug.get(slug);
    if (!entryFile) {
      problems.push(orphanTranslation(file, slug, closestMatch(slug, fileOfSlug.keys())));
      continue;
    }
    const text = readTextFile(join(root, file), file, ENTRY_SIZE_LIMIT);
    const result = text.ok ? readTranslation(language, file, text.text, entryFile) : { problems: [text.problem] };
    addProblems(problems, result.problems);
    const { translation } = result;
    const entry = entryOfSlug.get(slug);
    if (!translation) continue;
    facts.push(factsOf(translation, entry?.data.category));
    if (!entry) continue;
    const stale = staleTranslation(translation, entry, defaultLanguage);
    if (stale) problems.push(stale);
    translated.push(merged(entry, translation));
  }
  addProblems(problems, [...duplicateSlugs(listing.files), ...duplicateTitles(facts), ...conflictingAliases(facts)]);
  const bodies = new Map(
    translated.map((entry) => [entry.slug, analyseBody(entry, tryParseMarkdown(entry.body))] as const),
  );
  for (const body of bodies.values()) addProblems(problems, body.problems);
  const targets = new Map([...entryBodies, ...bodies]);
  addProblems(problems, brokenBodyLinks(entries, targets, categories, new Set(fileOfSlug.keys()), translated));
  for (const found of [
    repeatsTitle ? descriptionsRepeatingTitles(translated, language) : [],
    placeholders(translated),
    markupInFields(translated),
  ]) {
    addProblems(problems, found);
  }
  const names = readTranslatedCategories(root, language, categories);
  addProblems(problems, names.problems);
  return {
    bodies,
    edition: {
      language,
      files: listing.files,
      entries: translated,
      links: linkedSlugs(bodies),
      categories: names.categories,
      untranslatedCategories: names.untranslated,
    },
    problems,
  };
}

/** The edition of a language whose folder cannot be read: nothing translated. */
function emptyEdition(language: string, categories: readonly Category[]): Edition {
  return {
    language,
    files: [],
    entries: [],
    links: new Map(),
    categories: [...categories],
    untranslatedCategories: categories.map((category) => category.id),
  };
}

/** Reads and checks the translations of every language `site.yaml` lists, one edition per language. */
export function loadEditions(
  root: string,
  settings: SiteSettings,
  entries: readonly Entry[],
  entryFiles: readonly string[],
  entryBodies: ReadonlyMap<string, BodyFacts>,
  categories: readonly Category[],
): { editions: Edition[]; bodies: Map<string, ReadonlyMap<string, BodyFacts>>; problems: Problem[] } {
  const problems: Problem[] = [];
  const editions: Edition[] = [];
  const bodies = new Map<string, ReadonlyMap<string, BodyFacts>>();
  for (const language of new Set(settings.translations)) {
    if (language === settings.language) continue;
    const unreadable = languageFolderProblem(root, language);
    if (unreadable) {
      problems.push(unreadable);
      editions.push(emptyEdition(language, categories));
      continue;
    }
    const read = readEdition(
      root,
      language,
      entries,
      entryFiles,
      entryBodies,
      categories,
      settings.language,
      settings.warnings["description-repeats-title"],
    );
    editions.push(read.edition);
    bodies.set(language, read.bodies);
    addProblems(problems, read.problems);
  }
  return { editions, bodies, problems };
}
