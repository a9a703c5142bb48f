import { existsSync, readFileSync } from "node:fs";

/** The text of a file that may not exist: undefined when it does not. */
export function readOptionalFile(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}
