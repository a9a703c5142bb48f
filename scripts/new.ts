/**
 * `npm run new -- "Term name" [--category id] [--level beginner] [--slug file-name]`: creates `terms/<slug>.md` in
 * the content folder with valid front matter and the sections of an entry to fill in. The slug comes from the name
 * unless `--slug` gives it (a name in a non-Latin script has none: give a transliteration). Refuses to overwrite
 * anything, refuses a name whose slug, title or alias another entry already has, and refuses to write a file the
 * validator would reject. Exit 0 created, 1 refused, 2 bad usage; never a stack trace.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { displayRoot, formatProblem } from "../src/core/checks/problem.ts";
import { LEVELS } from "../src/core/checks/schema.ts";
import { resolveContentRoot } from "../src/core/content/contentRoot.ts";
import { readEntry, slugOfFile } from "../src/core/content/entry.ts";
import { type Glossary, listEntryFiles, loadGlossary, TERMS_DIR } from "../src/core/content/glossary.ts";
import { nameKey } from "../src/core/content/nameKey.ts";
import { MAX_SLUG_LENGTH, shortSlug, slugify, slugProblem } from "../src/core/content/slug.ts";
import { newEntryText } from "./lib/newEntry.ts";
import { pathKind } from "./lib/pathKind.ts";

const USAGE = `Usage: npm run new -- "Term name" [--category <id>] [--level beginner|intermediate|advanced] [--slug <slug>]

Creates terms/<slug>.md in the content folder (./content, or $GLOSSARY_CONTENT) with front matter and the
sections to write. --category may be left out when the glossary has one category; --level defaults to beginner;
--slug sets the file name and address when the one made from the name will not do (e.g. a name in another script).`;

/** Why no file was created, and the exit status that says so (1 refused, 2 bad usage). */
class Refusal extends Error {
  readonly code: number;

  constructor(message: string, code: number) {
    super(message);
    this.code = code;
  }
}

interface Options {
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

/** Refuses a name another entry already has as its slug, title or alias, and a slug that is an alias's address. */
function refuseTaken(root: string, slug: string, title: string, glossary: Glossary): void {
  const sameSlug = listEntryFiles(root).files.find((existing) => slugOfFile(existing) === slug);
  if (sameSlug) throw new Refusal(`${sameSlug} already has the slug \`${slug}\`: edit that entry instead`, 1);
  const key = nameKey(title);
  for (const entry of glossary.entries) {
    if (nameKey(entry.data.title) === key) {
      throw new Refusal(`${entry.file} already has the title \`${entry.data.title}\`: edit that entry instead`, 1);
    }
    const alias = entry.data.aliases.find((candidate) => nameKey(candidate) === key);
    if (alias) throw new Refusal(`${entry.file} already has \`${alias}\` as an alias: edit that entry instead`, 1);
    const redirect = entry.data.aliases.find((candidate) => slugify(candidate) === slug);
    if (redirect) {
      const message = `/terms/${slug}/ is already the address of \`${redirect}\`, an alias of ${entry.file}: choose another --slug`;
      throw new Refusal(message, 1);
    }
  }
}

/** Writes a new file, never over anything; every file-system error becomes a refusal naming the file. */
function writeNew(root: string, file: string, text: string): void {
  const folder = pathKind(join(root, TERMS_DIR));
  if (folder && folder !== "a folder") {
    throw new Refusal(`${TERMS_DIR}/ is ${folder}, not a folder of the content: make it a real folder first`, 1);
  }
  const kind = pathKind(join(root, file));
  if (kind) throw new Refusal(`${file} already exists, as ${kind}: rename or remove it, or choose another name`, 1);
  try {
    mkdirSync(join(root, TERMS_DIR), { recursive: true });
    writeFileSync(join(root, file), text, { flag: "wx" });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Refusal(`could not create ${file}: ${reason}`, 1);
  }
}

function run(argv: string[]): string {
  const { values, positionals } = parse(argv);
  if (values.help) return USAGE;
  const [name, ...extra] = positionals;
  if (!name?.trim() || extra.length > 0) throw new Refusal("give the term's name as one argument, in quotes", 2);
  const title = name.trim();
  const slug = slugFor(title, values.slug);
  const root = resolveContentRoot();
  if (!existsSync(root)) throw new Refusal(`the content folder ${displayRoot(root)} does not exist`, 2);
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
  writeNew(root, file, text);
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
