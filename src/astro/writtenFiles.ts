import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** A file's text, or undefined when it cannot be read (none there yet, say): one read, no look first. */
export function textOf(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Writes `text` to `file` (making its folder) unless the file holds exactly that already; true when it wrote. */
export function writeIfChanged(file: string, text: string): boolean {
  if (textOf(file) === text) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return true;
}
