/**
 * `npm run check-sources [-- options] [paths…]`: requests every source URL the entries cite and reports the dead
 * (4xx, 5xx, no answer, a host that does not resolve), the moved (permanent redirects, with the new address) and
 * the slow, as `path:line:column` lines like `validate`. Answers are cached with their date, so a repeated run asks
 * only the stale ones. Never part of the build or the network-free tests. Exit 0 none dead, 1 dead sources, 2 bad
 * usage.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { displayRoot } from "../src/core/checks/problem.ts";
import { REPORT_FORMATS, type ReportFormat, report } from "../src/core/checks/report.ts";
import { isFresh, type SourceAnswer, sourceLinks, sourceProblems } from "../src/core/checks/sourceHealth.ts";
import { resolveContentRoot } from "../src/core/content/contentRoot.ts";
import { listEntryFiles, loadGlossary } from "../src/core/content/glossary.ts";
import { selectFiles, UsageError } from "./lib/selectFiles.ts";
import { readAnswers, writeAnswers } from "./lib/sources/answerCache.ts";
import { askUrl } from "./lib/sources/askUrl.ts";
import { runPerHost } from "./lib/sources/hostQueue.ts";
import { isKnownRef, sourcesAtRef } from "./lib/sources/sourcesAtRef.ts";

/** The project's folder, where the default cache lives. */
const projectRoot = resolve(import.meta.dirname, "..");

const DEFAULTS = { timeout: 10_000, slow: 5_000, concurrency: 8, perHost: 2, maxAge: 7 };

const USAGE = `Usage: npm run check-sources -- [options] [path …]

Requests every source URL of the glossary's entries and translations (or of the files and folders given) and
reports dead, moved and slow sources. The content folder is ./content, or $GLOSSARY_CONTENT.

  --format text|github|json  as npm run validate (default text)
  --base <git revision>      check only the sources the given files add or change since that revision
                             (a pull request: --base origin/main)
  --timeout <ms>             how long one request may take (default ${DEFAULTS.timeout})
  --slow <ms>                from how long an answer counts as slow (default ${DEFAULTS.slow})
  --concurrency <n>          requests in flight at most (default ${DEFAULTS.concurrency})
  --per-host <n>             requests in flight to one host at most (default ${DEFAULTS.perHost})
  --max-age <days>           use a cached answer younger than this (default ${DEFAULTS.maxAge}; 0 asks again)
  --cache <file>             the cache of answers (default .cache/check-sources.json)
  -h, --help                 this help

Exit status: 0 no dead source (moved and slow ones are warnings), 1 dead sources, 2 bad usage.`;

const OPTIONS = {
  format: { type: "string" },
  base: { type: "string" },
  timeout: { type: "string" },
  slow: { type: "string" },
  concurrency: { type: "string" },
  "per-host": { type: "string" },
  "max-age": { type: "string" },
  cache: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** A whole number option at least `min`, or its default. */
function count(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}`);
  return number;
}

/** The user agent every request carries: what asks, and where to read about it. */
function userAgent(repository: string | undefined): string {
  const { version } = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { version: string };
  const about = repository ?? "https://github.com/";
  return `glossary-generator-check-sources/${version} (+${about}; checks that the sources a glossary cites still answer)`;
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = (values.format ?? "text") as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) {
    throw new UsageError(`unknown format \`${values.format}\`: use one of ${REPORT_FORMATS.join(", ")}`);
  }
  const limits = {
    timeoutMs: count(values.timeout, "timeout", DEFAULTS.timeout, 1),
    slowMs: count(values.slow, "slow", DEFAULTS.slow, 1),
  };
  const inFlight = {
    total: count(values.concurrency, "concurrency", DEFAULTS.concurrency, 1),
    perHost: count(values["per-host"], "per-host", DEFAULTS.perHost, 1),
  };
  const maxAge = count(values["max-age"], "max-age", DEFAULTS.maxAge, 0);
  const root = resolveContentRoot();
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new UsageError(`the content folder ${displayRoot(root)} is not a folder`);
  }
  if (values.base !== undefined && (values.base.startsWith("-") || !isKnownRef(root, values.base))) {
    throw new UsageError(`--base: \`${values.base}\` is not a revision git knows here`);
  }
  const glossary = loadGlossary(root);
  const entries = [...glossary.entries, ...glossary.editions.flatMap((edition) => edition.entries)];
  const files = [...listEntryFiles(root).files, ...glossary.editions.flatMap((edition) => edition.files)];
  const selected = selectFiles(root, parsed.positionals, files);
  let links = sourceLinks(entries.filter((entry) => !selected || selected.has(entry.file)));
  if (values.base !== undefined) {
    const base = values.base;
    const before = new Map<string, Set<string>>();
    links = links.filter((link) => {
      let known = before.get(link.file);
      if (!known) {
        known = sourcesAtRef(join(root, link.file), base);
        before.set(link.file, known);
      }
      return !known.has(link.url);
    });
  }
  const cacheFile = resolve(values.cache ?? join(projectRoot, ".cache", "check-sources.json"));
  const answers = readAnswers(cacheFile);
  const now = new Date();
  const stale = links.map((link) => link.url).filter((url) => !isFresh(answers.get(url) ?? STALE, now, maxAge));
  const ask = { timeoutMs: limits.timeoutMs, userAgent: userAgent(glossary.settings.repository) };
  const asked = await runPerHost(stale, inFlight, (url) => askUrl(url, ask));
  for (const [url, answer] of asked) answers.set(url, answer);
  writeAnswers(cacheFile, answers);
  const problems = sourceProblems(links, answers, limits);
  const prefix = `${displayRoot(root)}/`;
  const urls = new Set(links.map((link) => link.url)).size;
  const output = report(format, { problems, prefix, checked: new Set(links.map((link) => link.file)).size });
  if (format === "json") {
    console.log(JSON.stringify({ ...JSON.parse(output), sources: urls, asked: asked.size }, null, 2));
  } else {
    if (output) console.log(output);
    if (format === "text")
      console.log(`${urls} source URL(s): ${asked.size} asked, ${urls - asked.size} from the cache`);
  }
  return problems.some((problem) => problem.severity === "error") ? 1 : 0;
}

/** An answer that is never fresh, for URLs the cache does not hold. */
const STALE: SourceAnswer = { checkedAt: "", redirects: [], ms: 0 };

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`check-sources: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`check-sources: failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
