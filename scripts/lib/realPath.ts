import { lstatSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, parse } from "node:path";

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where a path really leads, whether or not it exists yet: each part is followed in turn as the file system would,
 * so a symbolic link is resolved before a `..` after it (`link/..` is the parent of the link's target). Throws when
 * a part is a symbolic link that leads nowhere, since what it would create is unknown.
 */
export function realPath(path: string, cwd = process.cwd()): string {
  let current = isAbsolute(path) ? parse(path).root : realpathSync(cwd);
  for (const part of path.split(/[\\/]+/)) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      current = dirname(current);
      continue;
    }
    const next = join(current, part);
    if (!exists(next)) {
      current = next;
      continue;
    }
    try {
      current = realpathSync(next);
    } catch {
      throw new Error(`${next} is a symbolic link that leads to nothing`);
    }
  }
  return current;
}
