/**
 * Source link health, the part that needs no network: which source URLs the entries cite and where, which earlier
 * answers are still fresh, and the problems an answer makes. `npm run check-sources` asks the network.
 */
import type { Entry } from "../content/entry.ts";
import type { Position, Problem } from "./problem.ts";

/** One source an entry cites: the file, the position of its `url` value, and the address. */
export interface SourceLink {
  file: string;
  position: Position;
  url: string;
}

/** One hop of a redirect: the status that sent the request on, and where to. */
export interface RedirectHop {
  status: number;
  to: string;
}

/** What one source URL answered when it was last asked, as the cache keeps it. */
export interface SourceAnswer {
  /** When it was asked (ISO 8601). */
  checkedAt: string;
  /** The final status, once redirects were followed; absent when no answer came. */
  status?: number;
  /** Why no answer came: `timeout`, `dns` (the host name does not resolve), `refused`, or another network error. */
  error?: string;
  /** The redirects followed, in order. */
  redirects: RedirectHop[];
  /** How long the whole answer took, in milliseconds. */
  ms: number;
}

/** The source links of entries, each located at its `url` value, in file order. */
export function sourceLinks(entries: readonly Pick<Entry, "file" | "data" | "source">[]): SourceLink[] {
  return entries.flatMap((entry) =>
    entry.data.sources.map((source, index) => ({
      file: entry.file,
      position: entry.source.locate(["sources", index, "url"]),
      url: source.url,
    })),
  );
}

/**
 * Whether an earlier answer may be used again: it was a working answer (a dead one is always asked again, so that a
 * network fault never outlives its run), asked less than `maxAgeDays` before `now`.
 */
export function isFresh(answer: SourceAnswer, now: Date, maxAgeDays: number): boolean {
  if (answer.error !== undefined || answer.status === undefined || answer.status >= 400) return false;
  const age = now.getTime() - Date.parse(answer.checkedAt);
  return Number.isFinite(age) && age >= 0 && age < maxAgeDays * 86_400_000;
}

/** The address a chain of redirects ends at when every hop is permanent (301, 308); undefined otherwise. */
export function movedTo(answer: SourceAnswer): string | undefined {
  if (answer.redirects.length === 0 || answer.status === undefined || answer.status >= 400) return undefined;
  if (!answer.redirects.every((hop) => hop.status === 301 || hop.status === 308)) return undefined;
  return answer.redirects.at(-1)?.to;
}

/** Why an answer means the source is dead, in words; undefined when it answered. */
function deadReason(answer: SourceAnswer, timeoutMs: number): string | undefined {
  if (answer.error === "timeout") return `gave no answer within ${seconds(timeoutMs)}`;
  if (answer.error === "dns") return "has a host name that does not resolve (DNS)";
  if (answer.error === "refused") return "refused the connection";
  if (answer.error !== undefined) return `could not be reached (${answer.error})`;
  if (answer.status !== undefined && answer.status >= 400) {
    const via = answer.redirects.length > 0 ? ` after ${answer.redirects.length} redirect(s)` : "";
    return `answers ${answer.status}${via}`;
  }
  return undefined;
}

/** A duration in seconds, to one decimal. */
function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** How a check reads answers: how long a request may take, and from when on an answer is slow. */
export interface HealthLimits {
  timeoutMs: number;
  slowMs: number;
}

/**
 * The problems the answers make for each link: `source-dead` (an error: 4xx or 5xx, no answer, a host that does
 * not resolve), `source-moved` (a permanent redirect: the new address to write) and `source-slow` (warnings).
 * Links without an answer are left out.
 */
export function sourceProblems(
  links: readonly SourceLink[],
  answers: ReadonlyMap<string, SourceAnswer>,
  limits: HealthLimits,
): Problem[] {
  const problems: Problem[] = [];
  for (const link of links) {
    const answer = answers.get(link.url);
    if (!answer) continue;
    const at = { file: link.file, position: link.position, field: "sources" };
    const dead = deadReason(answer, limits.timeoutMs);
    if (dead !== undefined) {
      const message = `\`${link.url}\` ${dead}: replace it with a working source, or an archived copy (web.archive.org)`;
      problems.push({ ...at, message, rule: "source-dead", severity: "error" });
      continue;
    }
    const moved = movedTo(answer);
    if (moved !== undefined) {
      const message = `\`${link.url}\` has moved permanently to \`${moved}\`: write the new address`;
      problems.push({ ...at, message, rule: "source-moved", severity: "warning" });
    }
    if (answer.ms >= limits.slowMs) {
      const message = `\`${link.url}\` took ${seconds(answer.ms)} to answer: a reader may give up before it does`;
      problems.push({ ...at, message, rule: "source-slow", severity: "warning" });
    }
  }
  return problems;
}
