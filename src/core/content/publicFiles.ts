import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The folder of static files the site copies as they are, relative to the project root (every command's folder). */
export const PUBLIC_DIR = "public";

/**
 * The files under a folder, as site paths (`/favicon.svg`), sorted; an absent or unreadable folder has none.
 * Symbolic links are not followed, so a link cannot bring in files from elsewhere.
 */
export function listPublicFiles(folder: string = PUBLIC_DIR): string[] {
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const stats = lstatSync(join(dir, name), { throwIfNoEntry: false });
      if (stats?.isDirectory()) walk(join(dir, name), `${prefix}${name}/`);
      else if (stats?.isFile()) files.push(`${prefix}${name}`);
    }
  };
  walk(folder, "/");
  return files.sort();
}
