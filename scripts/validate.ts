/**
 * `npm run validate [-- --format text|github|json] [--mentions] [paths…]`: checks entries without building the
 * site, with the same schema and rules as the build, and reports every problem at once; `--mentions` also lists
 * the mentions of other terms the site would link. Exit 0 when there is no error (warnings allowed), 1 when there
 * is, 2 on bad usage.
 */
import { existsSync, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { displayRoot } from "../src/core/checks/problem.ts";
import { REPORT_FORMATS, type ReportFormat, report } from "../src/core/checks/report.ts";
import { resolveContentRoot } from "../src/core/content/contentRoot.ts";
import { errorsOf, type Glossary, listEntryFiles, loadGlossary } from "../src/core/content/glossary.ts";
import { glossaryMentions } from "../src/core/graph/markdownMentions.ts";
import { termPath } from "../src/core/publish/paths.ts";

const USAGE = `Usage: npm run validate -- [--format text|github|json] [--mentions] [path …]

Checks the glossary's entries (all of them, or the given files or folders) with the same rules as the build.
The content folder is ./content, or $GLOSSARY_CONTENT.

  --format text    one line per problem, path:line:column  message  (rule)   (default)
  --format github  GitHub Actions annotations (::error file=…,line=…::message)
  --format json    machine-readable results
  --mentions       also list the mentions of other terms that the site would link
  -h, --help       this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 bad usage.`;

class UsageError extends Error {}

const OPTIONS = {
  format: { type: "string" },
  mentions: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function parse(argv: string[]): { format: ReportFormat; mentions: boolean; paths: string[] } | "help" {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) return "help";
  const format = parsed.values.format ?? "text";
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format \`${format}\`: use one of ${REPORT_FORMATS.join(", ")}`);
  }
  return { format: format as ReportFormat, mentions: parsed.values.mentions ?? false, paths: parsed.positionals };
}

/** Turns the paths given on the command line into the set of content-relative files they select. */
function selectFiles(root: string, paths: string[]): Set<string> | undefined {
  if (paths.length === 0) return undefined;
  const all = listEntryFiles(root).files;
  const selected = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(path);
    if (!existsSync(absolute)) throw new UsageError(`${path} does not exist`);
    const inside = relative(root, absolute);
    if (inside.startsWith("..") || resolve(root, inside) !== absolute) {
      throw new UsageError(`${path} is not inside the content folder ${displayRoot(root)}`);
    }
    const prefix = inside.split(sep).join("/");
    const matches = statSync(absolute).isDirectory()
      ? all.filter((file) => prefix === "" || file.startsWith(`${prefix}/`))
      : all.filter((file) => file === prefix);
    if (matches.length === 0 && !statSync(absolute).isDirectory()) {
      throw new UsageError(`${path} is not an entry file (entries are .md files under terms/)`);
    }
    for (const file of matches) selected.add(file);
  }
  return selected;
}

/** The mentions the site would link, one line each, `path:line:column  "text" → /terms/slug/`. */
function mentionList(glossary: Glossary, selected: Set<string> | undefined, prefix: string): string {
  if (!glossary.settings.linkMentions) return "Mentions are not linked: `linkMentions` is false in site.yaml.";
  const lines: string[] = [];
  for (const [file, mentions] of glossaryMentions(glossary)) {
    if (selected && !selected.has(file)) continue;
    for (const { position, text, slug } of mentions) {
      lines.push(`${prefix}${file}:${position.line}:${position.column}  "${text}" → /${termPath(slug)}`);
    }
  }
  const count = lines.length === 1 ? "1 mention" : `${lines.length} mentions`;
  return [`\n${count} would become links:`, ...lines].join("\n");
}

function main(argv: string[]): number {
  let options: ReturnType<typeof parse>;
  let selected: Set<string> | undefined;
  const root = resolveContentRoot();
  try {
    options = parse(argv);
    if (options === "help") {
      console.log(USAGE);
      return 0;
    }
    if (!existsSync(root)) throw new UsageError(`the content folder ${displayRoot(root)} does not exist`);
    if (!statSync(root).isDirectory()) throw new UsageError(`the content folder ${displayRoot(root)} is not a folder`);
    selected = selectFiles(root, options.paths);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`validate: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const glossary = loadGlossary(root);
  const problems = selected ? glossary.problems.filter((p) => selected.has(p.file)) : glossary.problems;
  const checked = selected ? selected.size : listEntryFiles(root).files.length;
  const output = report(options.format, { problems, prefix: `${displayRoot(root)}/`, checked });
  if (output) console.log(output);
  if (options.mentions) console.log(mentionList(glossary, selected, `${displayRoot(root)}/`));
  return errorsOf({ found: problems }).length > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Bad content is always reported as problems; anything else is a fault of the checks, said in one line.
  console.error(`validate: the checks failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
