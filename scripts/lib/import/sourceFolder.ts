import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { decodeText } from "../../../src/core/content/textFile.ts";
import type { SourceFile } from "./convert.ts";

/** The largest source file read: far more than any glossary entry needs. */
const MAX_BYTES = 1024 * 1024;

/** Folders never read: dependencies, build output and version control. */
const SKIPPED_FOLDERS = new Set(["node_modules", ".git", "public", "dist", "build", "_site", ".docusaurus"]);

/**
 * The Markdown files (.md, .mdx) under `root`, in a stable order, read as UTF-8, and what could not be read.
 * Symbolic links are never followed; README files are left out.
 */
export function readSourceFolder(root: string): { sources: SourceFile[]; notes: string[] } {
  const sources: SourceFile[] = [];
  const notes: string[] = [];
  const walk = (folder: string, depth: number) => {
    if (depth > 16) {
      notes.push(`${folder || "."}: too deep, not read`);
      return;
    }
    let names: string[];
    try {
      names = readdirSync(join(root, folder)).sort();
    } catch {
      notes.push(`${folder || "."}: folder cannot be read`);
      return;
    }
    for (const name of names) {
      const file = folder ? `${folder}/${name}` : name;
      const stats = lstatSync(join(root, file));
      if (stats.isSymbolicLink()) {
        notes.push(`${file}: symbolic link, not followed`);
      } else if (stats.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(name)) walk(file, depth + 1);
      } else if (stats.isFile() && /\.mdx?$/i.test(name) && !/^readme\.mdx?$/i.test(name)) {
        if (stats.size > MAX_BYTES) {
          notes.push(`${file}: skipped, over 1 MiB`);
          continue;
        }
        const text = decodeText(readFileSync(join(root, file)), file);
        if (text.ok) sources.push({ file, text: text.text });
        else notes.push(`${file}: skipped, ${text.problem.message}`);
      }
    }
  };
  walk("", 0);
  return { sources, notes };
}

/** The configuration files of Jekyll and Hugo that name the site, in the order they are looked for. */
const CONFIG_FILES = [
  "_config.yml",
  "_config.yaml",
  "hugo.yaml",
  "hugo.yml",
  "config.yaml",
  "config.yml",
  "hugo.toml",
  "config.toml",
];

/** The site title a Jekyll or Hugo configuration at the top of `root` gives, if any (never following a link). */
export function configuredTitle(root: string): string | undefined {
  for (const name of CONFIG_FILES) {
    const path = join(root, name);
    try {
      if (!lstatSync(path).isFile()) continue;
      const text = readFileSync(path, "utf8");
      const title = name.endsWith(".toml")
        ? /^title\s*=\s*"([^"\n]+)"\s*$/m.exec(text)?.[1]
        : (parse(text, { schema: "failsafe" }) as { title?: unknown } | null)?.title;
      if (typeof title === "string" && title.trim() !== "") return title.trim();
    } catch {
      // A missing or unreadable configuration only means the folder name is used.
    }
  }
  return undefined;
}
