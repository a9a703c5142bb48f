import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

/**
 * A maker of temporary folders (`glossary-<prefix>-…` in the system's temporary folder), each holding the files it
 * is given (path → text); every folder it made is removed once the calling test file's tests have run. Call it at
 * the top of a test file.
 */
export function temporaryFolders(prefix: string): (files?: Record<string, string>) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return (files = {}) => {
    const dir = mkdtempSync(join(tmpdir(), `glossary-${prefix}-`));
    made.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
}
