/**
 * `npm run import -- <folder> [--out <new folder>]`: converts a folder of Markdown files written for Hugo, Jekyll,
 * Docusaurus or Starlight into this project's content layout, in a new folder (by default `<folder>-glossary`), and
 * prints what it could not map, then what the checks say of the result. Never overwrites: exit 0 imported, 1 nothing
 * imported, 2 bad usage.
 */
import { existsSync, mkdirSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { textReport } from "../src/core/checks/report.ts";
import { loadGlossary } from "../src/core/content/glossary.ts";
import { isWithin } from "../src/core/content/symlinks.ts";
import { convertFolder } from "./lib/import/convert.ts";
import { configuredTitle, readSourceFolder } from "./lib/import/sourceFolder.ts";

const USAGE = `Usage: npm run import -- <folder> [--out <new folder>]

Converts the Markdown files of <folder> (Hugo, Jekyll, Docusaurus or Starlight) into a new content folder
(default <folder>-glossary), then lists what could not be mapped. Nothing existing is ever overwritten.

Exit status: 0 imported, 1 nothing to import, 2 bad usage.`;

class Refusal extends Error {
  readonly code: number;

  constructor(message: string, code: number) {
    super(message);
    this.code = code;
  }
}

function main(argv: string[]): number {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: { out: { type: "string" }; help: { type: "boolean"; short: "h" } };
      allowPositionals: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args: argv,
      options: { out: { type: "string" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new Refusal(error instanceof Error ? error.message : String(error), 2);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) throw new Refusal("give exactly one folder to import", 2);
  const input = resolve(parsed.positionals[0] ?? "");
  if (!existsSync(input) || !statSync(input).isDirectory())
    throw new Refusal(`${parsed.positionals[0]} is not a folder`, 2);
  const out = resolve(parsed.values.out ?? `${input.replace(/[/\\]+$/, "")}-glossary`);
  if (existsSync(out)) throw new Refusal(`${out} already exists: give a new folder with --out`, 2);
  const realInput = realpathSync(input);
  let parent = dirname(out);
  while (!existsSync(parent)) parent = dirname(parent);
  if (isWithin(join(realpathSync(parent), out.slice(parent.length)), realInput)) {
    throw new Refusal("the output folder must not be inside the folder to import", 2);
  }
  const { sources, notes: readNotes } = readSourceFolder(input);
  const today = new Date().toISOString().slice(0, 10);
  const result = convertFolder(sources, configuredTitle(input) ?? basename(input), today);
  for (const note of readNotes) console.log(`not read: ${note}`);
  if (result.imported === 0) {
    for (const note of result.notes) console.log(note);
    console.error(
      `import: no term could be imported from ${parsed.positionals[0]} (no readable Markdown file with front matter)`,
    );
    return 1;
  }
  for (const [file, text] of result.files) {
    const path = join(out, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag: "wx" });
  }
  console.log(`Imported ${result.imported} term(s) into ${out}`);
  if (result.notes.length > 0) console.log(`\nNot mapped or changed:\n${result.notes.map((n) => `  ${n}`).join("\n")}`);
  const glossary = loadGlossary(out);
  console.log(`\nThe checks on the new folder (npm run validate, with GLOSSARY_CONTENT set to it):\n`);
  console.log(textReport({ problems: glossary.problems, prefix: "", checked: glossary.entries.length }));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Refusal) {
    console.error(`import: ${error.message}${error.code === 2 ? `\n\n${USAGE}` : ""}`);
    process.exitCode = error.code;
  } else {
    console.error(`import: failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
