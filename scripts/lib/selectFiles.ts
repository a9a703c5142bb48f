import { existsSync, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { displayRoot } from "../../src/core/checks/problem.ts";

/** A mistake in how a command was called: said with its usage, exit status 2. */
export class UsageError extends Error {}

/**
 * Turns the paths given on the command line into the set of content-relative files they select among `all`, the
 * entry and translation files of the glossary; undefined when none is given (everything is selected).
 */
export function selectFiles(root: string, paths: readonly string[], all: readonly string[]): Set<string> | undefined {
  if (paths.length === 0) return undefined;
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
      throw new UsageError(
        `${path} is not an entry file (entries are .md files under terms/, translations under <lang>/terms/ for a language of \`translations\` in site.yaml)`,
      );
    }
    for (const file of matches) selected.add(file);
  }
  return selected;
}
