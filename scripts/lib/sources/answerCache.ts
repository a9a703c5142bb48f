import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { SourceAnswer } from "../../../src/core/checks/sourceHealth.ts";

/** The version of the cache file's layout; a file of another version is ignored. */
const VERSION = 1;

/** The answers of earlier runs by URL, read from `file`; empty when it is missing, unreadable or of another version. */
export function readAnswers(file: string): Map<string, SourceAnswer> {
  if (!existsSync(file)) return new Map();
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as { version?: number; answers?: Record<string, SourceAnswer> };
    if (data.version !== VERSION || typeof data.answers !== "object" || data.answers === null) return new Map();
    return new Map(
      Object.entries(data.answers).filter(
        ([, answer]) => typeof answer?.checkedAt === "string" && Array.isArray(answer.redirects),
      ),
    );
  } catch {
    return new Map();
  }
}

/** Writes the answers to `file` (through a temporary file, so a killed run never leaves half a cache). */
export function writeAnswers(file: string, answers: ReadonlyMap<string, SourceAnswer>): void {
  mkdirSync(dirname(file), { recursive: true });
  const sorted = Object.fromEntries([...answers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ version: VERSION, answers: sorted }, null, 1)}\n`);
  renameSync(temporary, file);
}
