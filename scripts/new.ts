/**
 * `npm run new -- "Term name" [--category id] [--level beginner] [--slug file-name]`: creates `terms/<slug>.md` in
 * the content folder with valid front matter and the sections of an entry to fill in. The slug comes from the name
 * unless `--slug` gives it (a name in a non-Latin script has none: give a transliteration). Refuses to overwrite
 * anything, refuses a name whose slug, title or alias another entry already has, and refuses to write a file the
 * validator would reject.
 *
 * `npm run new -- --lang nl <slug>` starts a translation instead: `nl/terms/<slug>.md` (the language one of
 * `translations` in site.yaml) with the entry's title, definition, sources and text, marked `TODO:` for the
 * translator, dated today. It refuses an entry that does not exist, a translation that already exists, and anything
 * the validator would reject, by the same rules. Exit 0 created, 1 refused, 2 bad usage; never a stack trace.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { displayRoot, formatProblem } from "../src/core/checks/problem.ts";
import { LEVELS } from "../src/core/checks/schema.ts";
import { canonicalLanguage } from "../src/core/checks/site.ts";
import { closestMatch } from "../src/core/checks/suggest.ts";
import { languageName } from "../src/core/checks/translationChecks.ts";
import { resolveContentRoot } from "../src/core/content/contentRoot.ts";
import { type Entry, readEntry, slugOfFile } from "../src/core/content/entry.ts";
import { type Glossary, listEntryFiles, loadGlossary, TERMS_DIR } from "../src/core/content/glossary.ts";
import { nameKey } from "../src/core/content/nameKey.ts";
import { MAX_SLUG_LENGTH, shortSlug, slugify, slugProblem } from "../src/core/content/slug.ts";
import { translationFolder } from "../src/core/content/translations.ts";
import { newEntryText } from "./lib/newEntry.ts";
import { newTranslationErrors, newTranslationText } from "./lib/newTranslation.ts";
import { pathKind } from "./lib/pathKind.ts";

const USAGE = `Usage: npm run new -- "Term name" [--category <id>] [--level beginner|intermediate|advanced] [--slug <slug>]
       npm run new -- --lang <lang> <slug>

Creates terms/<slug>.md in the content folder (./content, or $GLOSSARY_CONTENT) with front matter and the
sections to write. --category may be left out when the glossary has one category; --level defaults to beginner;
--slug sets the file name and address when the one made from the name will not do (e.g. a name in another script).

With --lang, starts a translation of the entry terms/<slug>.md (e.g. --lang nl deep-learning) into a language of
\`translations\` in site.yaml: writes <lang>/terms/<slug>.md with the entry's title, definition, sources and text,
each to translate where a TODO: prompt says so, published today.`;

/** Why no file was created, and the exit status that says so (1 refused, 2 bad usage). */
class Refusal extends Error {
  readonly code: number;

  constructor(message: string, code: number) {
    super(message);
    this.code = code;
  }
}

interface Options {
  lang?: string;
  category?: string;
  level?: string;
  slug?: string;
  help?: boolean;
}

function parse(argv: string[]): { values: Options; positionals: string[] } {
  try {
    return parseArgs({
      args: argv,
      options: {
        lang: { type: "string" },
        category: { type: "string" },
        level: { type: "string" },
        slug: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    throw new Refusal(error instanceof Error ? error.message : String(error), 2);
  }
}

/** The entry's slug: `--slug` when given, else made from the title; refused when there is none or it is too long. */
function slugFor(title: string, given: string | undefined): string {
  if (given !== undefined) {
    const why = slugProblem(given);
    if (why) throw new Refusal(`--slug \`${given}\` is not a valid slug: ${why}`, 2);
    return given;
  }
  const slug = slugify(title);
  if (!slug && /[\p{L}\p{N}]/u.test(title)) {
    throw new Refusal(
      `\`${title}\` has no Latin letters or digits to make a file name from: give one with --slug, in Latin ` +
        "letters, digits and hyphens, e.g. a transliteration such as --slug jinko-chino for 人工知能 (the title stays as written)",
      2,
    );
  }
  if (!slug) throw new Refusal(`\`${title}\` has no letters or digits to make a file name from`, 2);
  if (slug.length > MAX_SLUG_LENGTH) {
    const shorter = shortSlug(slug);
    throw new Refusal(
      `the name makes a slug of ${slug.length} characters, at most ${MAX_SLUG_LENGTH} are allowed: use a shorter ` +
        `name and put the rest in the description, or give the file name with --slug, e.g. --slug ${shorter}`,
      2,
    );
  }
  return slug;
}

/** Where the pages of a new file's language are, and what to do when a name is taken there. */
interface TakenAdvice {
  /** The site path of the pages: `/terms`, `/nl/terms`. */
  pages: string;
  /** After a title or alias that another file already has. */
  name: string;
  /** After an address that is already an alias's. */
  address: string;
}

const ENTRY_ADVICE: TakenAdvice = {
  pages: `/${TERMS_DIR}`,
  name: "edit that entry instead",
  address: "choose another --slug",
};

/** Refuses a title that one of `entries` already has as its title or alias, and a slug that is an alias's address. */
function refuseNamesTaken(slug: string, title: string, entries: readonly Entry[], advice: TakenAdvice): void {
  const key = nameKey(title);
  for (const entry of entries) {
    if (nameKey(entry.data.title) === key) {
      throw new Refusal(`${entry.file} already has the title \`${entry.data.title}\`: ${advice.name}`, 1);
    }
    const alias = entry.data.aliases.find((candidate) => nameKey(candidate) === key);
    if (alias) throw new Refusal(`${entry.file} already has \`${alias}\` as an alias: ${advice.name}`, 1);
    const redirect = entry.data.aliases.find((candidate) => slugify(candidate) === slug);
    if (redirect) {
      const message = `${advice.pages}/${slug}/ is already the address of \`${redirect}\`, an alias of ${entry.file}: ${advice.address}`;
      throw new Refusal(message, 1);
    }
  }
}

/** Refuses a name another entry already has as its slug, title or alias, and a slug that is an alias's address. */
function refuseTaken(root: string, slug: string, title: string, glossary: Glossary): void {
  const sameSlug = listEntryFiles(root).files.find((existing) => slugOfFile(existing) === slug);
  if (sameSlug) throw new Refusal(`${sameSlug} already has the slug \`${slug}\`: edit that entry instead`, 1);
  refuseNamesTaken(slug, title, glossary.entries, ENTRY_ADVICE);
}

/**
 * Writes a new file in `folder` (`terms`, `nl/terms`), never over anything, and never through a link or a file
 * standing where a folder belongs; every file-system error becomes a refusal naming the file.
 */
function writeNew(root: string, folder: string, file: string, text: string): void {
  const parts = folder.split("/");
  for (let depth = 1; depth <= parts.length; depth++) {
    const path = parts.slice(0, depth).join("/");
    const kind = pathKind(join(root, path));
    if (kind && kind !== "a folder") {
      throw new Refusal(`${path}/ is ${kind}, not a folder of the content: make it a real folder first`, 1);
    }
  }
  const kind = pathKind(join(root, file));
  if (kind) throw new Refusal(`${file} already exists, as ${kind}: rename or remove it, or choose another name`, 1);
  try {
    mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, file), text, { flag: "wx" });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Refusal(`could not create ${file}: ${reason}`, 1);
  }
}

/** Today's date where the command runs, `YYYY-MM-DD`. */
function localDate(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The content folder, which must exist. */
function contentRoot(): string {
  const root = resolveContentRoot();
  if (!existsSync(root)) throw new Refusal(`the content folder ${displayRoot(root)} does not exist`, 2);
  return root;
}

/** The entry to translate: refused, with the closest slug, when there is none, or when its file has errors. */
function entryToTranslate(root: string, slug: string, glossary: Glossary): Entry {
  const entry = glossary.entries.find((candidate) => candidate.slug === slug);
  if (entry) return entry;
  const file = listEntryFiles(root).files.find((candidate) => slugOfFile(candidate) === slug);
  if (file) {
    const shown = `${displayRoot(root)}/${file}`;
    throw new Refusal(
      `${file} has errors, so it cannot be translated yet: fix them first (npm run validate -- ${shown})`,
      1,
    );
  }
  const guess = closestMatch(
    slug,
    glossary.entries.map((candidate) => candidate.slug),
  );
  const hint = guess ? `; did you mean \`${guess}\`?` : "";
  throw new Refusal(`no entry has the slug \`${slug}\` (there is no ${TERMS_DIR}/${slug}.md)${hint}`, 1);
}

/** `new --lang <lang> <slug>`: writes the start of a translation of an entry, refusing what the validator would. */
function startTranslation(given: string, values: Options, positionals: string[]): string {
  const misplaced = (["category", "level", "slug"] as const).filter((option) => values[option] !== undefined);
  if (misplaced.length > 0) {
    const options = misplaced.map((option) => `--${option}`).join(", ");
    throw new Refusal(
      `--lang starts a translation, which takes everything but its text from the entry: leave out ${options}`,
      2,
    );
  }
  const [slug, ...extra] = positionals;
  if (slug === undefined || extra.length > 0) {
    throw new Refusal("--lang needs the slug of the entry to translate, as one argument: --lang nl deep-learning", 2);
  }
  const why = slugProblem(slug);
  if (why) {
    const guess = slugify(slug.replace(/\.md$/, ""));
    const hint = guess && guess !== slug ? `; did you mean \`${guess}\`?` : "";
    throw new Refusal(`\`${slug}\` is not a valid slug: ${why} (the entry's file name without .md)${hint}`, 1);
  }
  const root = contentRoot();
  const glossary = loadGlossary(root);
  const { language: own, translations } = glossary.settings;
  const language = canonicalLanguage(given) ?? given;
  if (language === own) {
    throw new Refusal(
      `\`${given}\` is the site's own language (\`language\` in site.yaml): entries are written in it`,
      1,
    );
  }
  if (!translations.includes(language)) {
    const listed = translations.length > 0 ? `it lists ${translations.join(", ")}` : "it lists none";
    throw new Refusal(`\`${given}\` is not one of \`translations\` in site.yaml (${listed}): add it there first`, 1);
  }
  const entry = entryToTranslate(root, slug, glossary);
  const folder = translationFolder(language);
  const file = `${folder}/${slug}.md`;
  const edition = glossary.editions.find((candidate) => candidate.language === language);
  const existing = edition?.files.find((candidate) => slugOfFile(candidate) === slug);
  if (existing) throw new Refusal(`${existing} already translates ${entry.file}: edit it instead`, 1);
  refuseNamesTaken(slug, entry.data.title, edition?.entries ?? [], {
    pages: `/${folder}`,
    name: `the translation would start with the same name (${entry.file}'s title): rename that translation first`,
    address: "rename or remove that alias first",
  });
  const text = newTranslationText(entry, language, localDate());
  const errors = newTranslationErrors(glossary, language, entry, file, text);
  if (errors.length > 0) {
    const lines = errors.map((problem) => `  ${formatProblem(problem)}`).join("\n");
    throw new Refusal(`the new translation would not pass the checks, so nothing was written:\n${lines}`, 1);
  }
  writeNew(root, folder, file, text);
  const shown = `${displayRoot(root)}/${file}`;
  return `Created ${shown}, a translation of ${entry.file} into ${languageName(language)}\nTranslate what the TODO: prompts point at, then check it with: npm run validate -- ${shown}`;
}

function run(argv: string[]): string {
  const { values, positionals } = parse(argv);
  if (values.help) return USAGE;
  if (values.lang !== undefined) return startTranslation(values.lang, values, positionals);
  const [name, ...extra] = positionals;
  if (!name?.trim() || extra.length > 0) throw new Refusal("give the term's name as one argument, in quotes", 2);
  const title = name.trim();
  const slug = slugFor(title, values.slug);
  const root = contentRoot();
  const glossary = loadGlossary(root);
  const ids = glossary.categories.map((category) => category.id);
  const category = values.category ?? (ids.length === 1 ? ids[0] : undefined);
  if (!category || !ids.includes(category)) {
    const given = values.category ? `\`${values.category}\` is not a category; ` : "";
    throw new Refusal(`${given}choose the category with --category, one of: ${ids.join(", ")}`, 2);
  }
  const level = values.level ?? "beginner";
  if (!(LEVELS as readonly string[]).includes(level)) {
    throw new Refusal(`\`${level}\` is not a level; use one of: ${LEVELS.join(", ")}`, 2);
  }
  const file = `${TERMS_DIR}/${slug}.md`;
  refuseTaken(root, slug, title, glossary);
  const text = newEntryText({ title, category, level, published: new Date().toISOString().slice(0, 10) });
  const errors = readEntry(file, text).problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    const lines = errors.map((problem) => `  ${formatProblem(problem)}`).join("\n");
    throw new Refusal(`the new entry would not pass the checks, so nothing was written:\n${lines}`, 1);
  }
  writeNew(root, TERMS_DIR, file, text);
  const shown = `${displayRoot(root)}/${file}`;
  return `Created ${shown}\nWrite the definition and the sections, then check it with: npm run validate -- ${shown}`;
}

try {
  console.log(run(process.argv.slice(2)));
} catch (error) {
  const refusal =
    error instanceof Refusal ? error : new Refusal(error instanceof Error ? error.message : String(error), 1);
  console.error(`new: ${refusal.message}${refusal.code === 2 ? `\n\n${USAGE}` : ""}`);
  process.exitCode = refusal.code;
}
