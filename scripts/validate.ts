/**
 * `npm run validate [-- --format text|github|json] [--summary] [--mentions] [--translations nl,…] [paths…]`: checks entries and
 * their translations without building the site, with the same schema and rules as the build, and reports every
 * problem at once; `--mentions` also lists the mentions of other terms the site would link, and `--translations`
 * what is left to translate into each language given (entries not translated yet, stale translations, untranslated
 * categories). Exit 0 when there is no error (warnings, missing and stale translations allowed), 1 when there is, 2
 * on bad usage.
 */
import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Problem } from "../src/core/checks/problem.ts";
import { displayRoot } from "../src/core/checks/problem.ts";
import { REPORT_FORMATS, type ReportFormat, report, ruleCounts, summaryReport } from "../src/core/checks/report.ts";
import { canonicalLanguage } from "../src/core/checks/site.ts";
import { type TranslationStatus, translationStatus } from "../src/core/checks/translationStatus.ts";
import { resolveContentRoot } from "../src/core/content/contentRoot.ts";
import { errorsOf, type Glossary, listEntryFiles, loadGlossary } from "../src/core/content/glossary.ts";
import { loadSiteSettings } from "../src/core/content/siteFile.ts";
import { glossaryMentions } from "../src/core/graph/markdownMentions.ts";
import { termPath } from "../src/core/publish/paths.ts";
import { selectFiles, UsageError } from "./lib/selectFiles.ts";
import { translationStatusJson, translationStatusText } from "./lib/translationReport.ts";

const USAGE = `Usage: npm run validate -- [--format text|github|json] [--summary] [--mentions] [--translations <lang>,…] [path …]

Checks the glossary's entries and translations (all of them, or the given files or folders, e.g. content/terms/
or content/nl/terms/x.md) with the same rules as the build. The content folder is ./content, or $GLOSSARY_CONTENT.

  --format text          one line per problem, path:line:column  message  (rule)   (default)
  --format github        GitHub Actions annotations (::error file=…,line=…::message)
  --format json          machine-readable results
  --summary              print how many problems each rule found instead of every problem (with --format json:
                         {"summary": [{"rule", "severity", "count"}, …], "errors", "warnings"})
  --mentions             also list the mentions of other terms that the site would link
  --translations <lang>  also list, for each language given (one of \`translations\` in site.yaml; comma-separated
                         or the option repeated), the entries not translated yet (the file to create), the stale
                         translations (older than the entry's last change) and the categories not translated, with
                         a summary; --format json adds them as "translations"
  -h, --help             this help

Exit status: 0 no errors (warnings, missing and stale translations allowed), 1 errors found, 2 bad usage.`;

const OPTIONS = {
  format: { type: "string" },
  mentions: { type: "boolean" },
  summary: { type: "boolean" },
  translations: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

/** What the command line asks for. */
interface Options {
  format: ReportFormat;
  mentions: boolean;
  /** Whether to print counts per rule instead of every problem. */
  summary: boolean;
  /** The languages `--translations` names, as written, without repeats. */
  translations: string[];
  paths: string[];
}

function parse(argv: string[]): Options | "help" {
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
  const translations = (parsed.values.translations ?? []).flatMap((value) =>
    value.split(",").map((part) => part.trim()),
  );
  if (translations.includes("")) {
    throw new UsageError("--translations needs languages, comma-separated or the option repeated: --translations nl");
  }
  return {
    format: format as ReportFormat,
    mentions: parsed.values.mentions ?? false,
    summary: parsed.values.summary ?? false,
    translations: [...new Set(translations)],
    paths: parsed.positionals,
  };
}

/**
 * The languages `--translations` names, in their canonical form; each must be one of `translations` in site.yaml
 * (read on its own, which is quick, so that bad usage is said before the whole glossary is read).
 */
function translationLanguages(root: string, given: readonly string[]): string[] {
  if (given.length === 0) return [];
  const site = loadSiteSettings(root);
  const { language: own, translations } = site.settings;
  const listed = translations.length > 0 ? `it lists ${translations.join(", ")}` : "it lists none";
  const broken = site.problems.length > 0 ? ", and site.yaml has errors: run npm run validate to see them" : "";
  const languages = given.map((value) => canonicalLanguage(value) ?? value);
  for (const [index, language] of languages.entries()) {
    if (translations.includes(language) && language !== own) continue;
    const why =
      language === own
        ? `is the site's own language (\`language\` in site.yaml), not a translation`
        : `is not one of \`translations\` in site.yaml (${listed}${broken})`;
    throw new UsageError(`--translations: \`${given[index]}\` ${why}`);
  }
  return [...new Set(languages)];
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

/** What `--summary` prints: counts per rule, as text or (with `--format json`) as JSON. */
function summaryOutput(format: ReportFormat, problems: readonly Problem[], checked: number): string {
  if (format !== "json") return summaryReport(problems, checked);
  const errors = errorsOf({ found: problems }).length;
  return JSON.stringify(
    { summary: ruleCounts(problems), errors, warnings: problems.length - errors, checked },
    null,
    2,
  );
}

/** The report of `--format json`, with each language's translation status under `translations` when asked for. */
function jsonOutput(output: string, statuses: readonly TranslationStatus[], prefix: string): string {
  if (statuses.length === 0) return output;
  const translations = Object.fromEntries(
    statuses.map((status) => [status.language, translationStatusJson(status, prefix)]),
  );
  return JSON.stringify({ ...JSON.parse(output), translations }, null, 2);
}

function main(argv: string[]): number {
  const options = parse(argv);
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  const root = resolveContentRoot();
  if (!existsSync(root)) throw new UsageError(`the content folder ${displayRoot(root)} does not exist`);
  if (!statSync(root).isDirectory()) throw new UsageError(`the content folder ${displayRoot(root)} is not a folder`);
  const languages = translationLanguages(root, options.translations);
  const glossary = loadGlossary(root);
  const files = [...listEntryFiles(root).files, ...glossary.editions.flatMap((edition) => edition.files)];
  const selected = selectFiles(root, options.paths, files);
  const problems = selected ? glossary.problems.filter((p) => selected.has(p.file)) : glossary.problems;
  const checked = selected ? selected.size : files.length;
  const prefix = `${displayRoot(root)}/`;
  const statuses = languages.flatMap((language) => translationStatus(glossary, language) ?? []);
  const output = options.summary
    ? summaryOutput(options.format, problems, checked)
    : report(options.format, { problems, prefix, checked });
  if (options.format === "json") console.log(jsonOutput(output, statuses, prefix));
  else if (output) console.log(output);
  if (options.mentions) console.log(mentionList(glossary, selected, prefix));
  if (options.format !== "json") {
    for (const status of statuses) console.log(`\n${translationStatusText(status, prefix).join("\n")}`);
  }
  return errorsOf({ found: problems }).length > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`validate: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    // Bad content is always reported as problems; anything else is a fault of the checks, said in one line.
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`validate: the checks failed unexpectedly: ${reason}`);
    process.exitCode = 1;
  }
}
