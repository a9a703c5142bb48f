/**
 * `npm run new -- "Term name" [--category id] [--level beginner]`: creates `terms/<slug>.md` in the content
 * folder with valid front matter and the sections of an entry to fill in. Refuses to overwrite a file, and refuses
 * a name whose slug, title or alias another entry already has. Exit 0 created, 1 refused, 2 bad usage.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { displayRoot } from "../src/core/checks/problem.ts";
import { LEVELS } from "../src/core/checks/schema.ts";
import { resolveContentRoot } from "../src/core/content/contentRoot.ts";
import { slugOfFile } from "../src/core/content/entry.ts";
import { listEntryFiles, loadGlossary, TERMS_DIR } from "../src/core/content/glossary.ts";
import { nameKey } from "../src/core/content/nameKey.ts";
import { slugify } from "../src/core/content/slug.ts";
import { newEntryText } from "./lib/newEntry.ts";

const USAGE = `Usage: npm run new -- "Term name" [--category <id>] [--level beginner|intermediate|advanced]

Creates terms/<slug>.md in the content folder (./content, or $GLOSSARY_CONTENT) with front matter and the
sections to write. --category may be left out when the glossary has one category; --level defaults to beginner.`;

/** Why no file was created, and the exit status that says so (1 refused, 2 bad usage). */
class Refusal extends Error {
  readonly code: number;

  constructor(message: string, code: number) {
    super(message);
    this.code = code;
  }
}

function run(argv: string[]): string {
  let parsed: { values: { category?: string; level?: string; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      options: { category: { type: "string" }, level: { type: "string" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new Refusal(error instanceof Error ? error.message : String(error), 2);
  }
  if (parsed.values.help) return USAGE;
  const [name, ...extra] = parsed.positionals;
  if (!name?.trim() || extra.length > 0) throw new Refusal("give the term's name as one argument, in quotes", 2);
  const title = name.trim();
  const slug = slugify(title);
  if (!slug) throw new Refusal(`\`${title}\` has no letters or digits to make a file name from`, 2);
  const root = resolveContentRoot();
  if (!existsSync(root)) throw new Refusal(`the content folder ${displayRoot(root)} does not exist`, 2);
  const glossary = loadGlossary(root);
  const ids = glossary.categories.map((category) => category.id);
  const category = parsed.values.category ?? (ids.length === 1 ? ids[0] : undefined);
  if (!category || !ids.includes(category)) {
    const given = parsed.values.category ? `\`${parsed.values.category}\` is not a category; ` : "";
    throw new Refusal(`${given}choose the category with --category, one of: ${ids.join(", ")}`, 2);
  }
  const level = parsed.values.level ?? "beginner";
  if (!(LEVELS as readonly string[]).includes(level)) {
    throw new Refusal(`\`${level}\` is not a level; use one of: ${LEVELS.join(", ")}`, 2);
  }
  const file = `${TERMS_DIR}/${slug}.md`;
  const sameSlug = listEntryFiles(root).files.find((existing) => slugOfFile(existing) === slug);
  if (sameSlug) throw new Refusal(`${sameSlug} already has the slug \`${slug}\`: edit that entry instead`, 1);
  const key = nameKey(title);
  for (const entry of glossary.entries) {
    if (nameKey(entry.data.title) === key) {
      throw new Refusal(`${entry.file} already has the title \`${entry.data.title}\`: edit that entry instead`, 1);
    }
    const alias = entry.data.aliases.find((candidate) => nameKey(candidate) === key);
    if (alias) throw new Refusal(`${entry.file} already has \`${alias}\` as an alias: edit that entry instead`, 1);
  }
  const today = new Date().toISOString().slice(0, 10);
  mkdirSync(join(root, TERMS_DIR), { recursive: true });
  writeFileSync(join(root, file), newEntryText({ title, category, level, published: today }), { flag: "wx" });
  const shown = `${displayRoot(root)}/${file}`;
  return `Created ${shown}\nWrite the definition and the sections, then check it with: npm run validate -- ${shown}`;
}

try {
  console.log(run(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`new: ${error.message}${error.code === 2 ? `\n\n${USAGE}` : ""}`);
  process.exitCode = error.code;
}
