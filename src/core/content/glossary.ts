import { join } from "node:path";
import { analyseBody } from "../checks/body.ts";
import { brokenBodyLinks, linkedSlugs, missingPageLinks } from "../checks/bodyLinks.ts";
import { confusableNames } from "../checks/confusables.ts";
import { crossEntryProblems } from "../checks/crossChecks.ts";
import { addProblems, compareProblems, type Problem } from "../checks/problem.ts";
import type { Category } from "../checks/schema.ts";
import { basePath, type SiteSettings } from "../checks/site.ts";
import {
  missingCatalogues,
  translationSettingsProblems,
  unlistedTranslationFolders,
} from "../checks/translationChecks.ts";
import {
  descriptionsRepeatingTitles,
  markupInFields,
  oneWayRelated,
  orphans,
  placeholders,
} from "../checks/warnings.ts";
import { loadCategories } from "./categories.ts";
import { ENTRY_SIZE_LIMIT, type Entry, type EntryFacts, readEntry, slugOfFile } from "./entry.ts";
import { linkablePages } from "./linkablePages.ts";
import { tryParseMarkdown } from "./markdownTree.ts";
import { loadSiteSettings } from "./siteFile.ts";
import { listEntryFiles } from "./termsFolder.ts";
import { readTextFile } from "./textFile.ts";
import { type Edition, loadEditions } from "./translations.ts";

export { listEntryFiles, TERMS_DIR } from "./termsFolder.ts";

/** Everything in a content folder, validated: settings, categories, entries (drafts included) and all problems. */
export interface Glossary {
  root: string;
  settings: SiteSettings;
  categories: Category[];
  entries: Entry[];
  /** For each entry with a valid body, the slugs of the entries its body links to, in order, without repeats. */
  links: Map<string, string[]>;
  /** The glossary in each language of `translations`, in the order `site.yaml` lists them. */
  editions: Edition[];
  /** Every problem, by file and, within a file, by position (sorted when first read). */
  readonly problems: Problem[];
  /**
   * The same problems in the order they were found: what needs no order (whether there is an error, the build's
   * summary of warnings) reads these, and so never locates a warning it does not show.
   */
  readonly found: readonly Problem[];
}

/**
 * Reads and validates a whole content folder: every file on its own (front matter and body), then every rule
 * across files (slugs, titles, aliases, categories, `related`, body links), then the warnings.
 */
export function loadGlossary(root: string): Glossary {
  const site = loadSiteSettings(root);
  const categories = loadCategories(root);
  const listing = listEntryFiles(root);
  const problems: Problem[] = [...site.problems, ...categories.problems, ...listing.problems];
  const entries: Entry[] = [];
  const facts: EntryFacts[] = [];
  for (const file of listing.files) {
    const text = readTextFile(join(root, file), file, ENTRY_SIZE_LIMIT);
    const result = text.ok ? readEntry(file, text.text) : { problems: [text.problem] };
    addProblems(problems, result.problems);
    if (result.entry) entries.push(result.entry);
    if (result.facts) facts.push(result.facts);
  }
  addProblems(problems, crossEntryProblems(listing.files, facts, categories.declared));
  const bodies = new Map(entries.map((entry) => [entry.slug, analyseBody(entry, tryParseMarkdown(entry.body))]));
  for (const body of bodies.values()) addProblems(problems, body.problems);
  const editions = loadEditions(root, site.settings, entries, listing.files, bodies, categories.categories);
  addProblems(problems, editions.problems);
  addProblems(problems, translationSettingsProblems(site.settings));
  addProblems(problems, missingCatalogues(site.settings));
  addProblems(problems, unlistedTranslationFolders(root, site.settings));
  const linked = {
    pages: linkablePages(site.settings, entries, categories.declared ?? [], editions.editions),
    base: basePath(site.settings),
  };
  for (const edition of editions.editions) {
    const translated = editions.bodies.get(edition.language) ?? new Map();
    addProblems(problems, missingPageLinks(edition.entries, translated, { ...linked, language: edition.language }));
  }
  for (const found of [
    brokenBodyLinks(entries, bodies, categories.declared ?? [], new Set(listing.files.map(slugOfFile))),
    missingPageLinks(entries, bodies, linked),
    site.settings.warnings["related-one-way"] ? oneWayRelated(entries) : [],
    orphans(entries, bodies, site.settings.linkMentions, site.settings.language),
    site.settings.warnings["description-repeats-title"]
      ? descriptionsRepeatingTitles(entries, site.settings.language)
      : [],
    confusableNames(entries),
    placeholders(entries),
    markupInFields(entries),
  ]) {
    addProblems(problems, found);
  }
  let sorted: Problem[] | undefined;
  return {
    root,
    settings: site.settings,
    categories: categories.categories,
    entries,
    editions: editions.editions,
    links: linkedSlugs(bodies),
    found: problems,
    get problems() {
      sorted ??= [...problems].sort(compareProblems);
      return sorted;
    },
  };
}

/** The problems that stop a build (warnings excluded), by file and position. */
export function errorsOf(glossary: Pick<Glossary, "found">): Problem[] {
  return glossary.found.filter((problem) => problem.severity === "error").sort(compareProblems);
}

/** The entries that go on the site: every entry not marked as a draft. */
export function publishedEntries(glossary: Pick<Glossary, "entries">): Entry[] {
  return glossary.entries.filter((entry) => !entry.data.draft);
}
