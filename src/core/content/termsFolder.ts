import { type Dirent, lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "../checks/problem.ts";
import { fileProblem, unreadableProblem } from "./fileProblems.ts";
import { followLink, notAFileProblem } from "./symlinks.ts";

/** The folder, inside the content root, that holds one Markdown file per entry. */
export const TERMS_DIR = "terms";

/**
 * How many levels of folders below `terms/` may hold entries: far more than any way of organising a glossary needs,
 * few enough that paths stay within what every file system can open. A deeper folder is reported once and not read.
 */
export const MAX_FOLDER_DEPTH = 16;

/** The entry files found under `terms/`, relative to the content root, and what the walk could not read. */
export interface EntryListing {
  files: string[];
  problems: Problem[];
}

/** Why `terms` is not a folder that can be walked, or undefined when it is one. */
function termsProblem(root: string, folder: string): Problem | undefined {
  try {
    const stats = lstatSync(join(root, folder), { throwIfNoEntry: false });
    if (!stats) {
      return {
        file: folder,
        message: "folder is missing: put one Markdown file per entry in terms/",
        rule: "terms-missing",
        severity: "error",
      };
    }
    if (stats.isDirectory()) return undefined;
    const what = stats.isSymbolicLink()
      ? "is a symbolic link, and links to folders are not followed: make terms/ a real folder, or point GLOSSARY_CONTENT at the content folder it links to"
      : "is not a folder: terms/ is a folder with one Markdown file per entry";
    return fileProblem(folder, what.replaceAll("terms/", `${folder}/`), "not-a-folder");
  } catch (error) {
    return unreadableProblem(folder, error);
  }
}

/**
 * Lists the entry files under `terms/` (sub-folders allowed, up to `MAX_FOLDER_DEPTH` deep), relative to the content
 * root with forward slashes, sorted. The walk is its own, folder by folder, so that it never follows a symbolic link
 * to a folder (see `followLink` for what links may do) and so that a folder it cannot read is a problem naming that
 * folder, never an exception. Names starting with `.` are skipped, except folders. A translation's folder
 * (`nl/terms`) is listed the same way with `folder`.
 */
export function listEntryFiles(root: string, folder = TERMS_DIR): EntryListing {
  const notWalkable = termsProblem(root, folder);
  if (notWalkable) return { files: [], problems: [notWalkable] };
  const files: string[] = [];
  const problems: Problem[] = [];
  const folders = [{ folder, depth: 0 }];
  for (let next = folders.pop(); next; next = folders.pop()) {
    let dirents: Dirent[];
    try {
      dirents = readdirSync(join(root, next.folder), { withFileTypes: true });
    } catch (error) {
      problems.push(unreadableProblem(next.folder, error));
      continue;
    }
    for (const dirent of dirents) {
      const file = `${next.folder}/${dirent.name}`;
      if (dirent.isDirectory()) {
        if (next.depth < MAX_FOLDER_DEPTH) folders.push({ folder: file, depth: next.depth + 1 });
        else problems.push(tooDeepProblem(file));
        continue;
      }
      if (dirent.name.startsWith(".")) continue;
      const target = dirent.isSymbolicLink() ? followLink(root, file) : undefined;
      if (target?.kind === "problem") problems.push(target.problem);
      else if (target?.kind === "folder") problems.push(linkedFolderProblem(file));
      else if (!target && !dirent.isFile()) problems.push(notAFileProblem(file));
      else if (file.endsWith(".md")) files.push(file);
      else problems.push(notAnEntryProblem(file));
    }
  }
  return { files: files.sort(), problems };
}

function tooDeepProblem(folder: string): Problem {
  return fileProblem(
    folder,
    `folder is more than ${MAX_FOLDER_DEPTH} levels below terms/, so nothing in it is read: move its files into a folder higher up`,
    "folder-too-deep",
  );
}

function linkedFolderProblem(file: string): Problem {
  return fileProblem(
    file,
    "is a symbolic link to a folder and is not followed (linked folders list entries twice, or forever): move the files into a real folder",
    "symlink-folder",
    "warning",
  );
}

function notAnEntryProblem(file: string): Problem {
  return {
    file,
    message: "is not an entry and is ignored: entries are Markdown files ending in .md",
    rule: "not-an-entry",
    severity: "warning",
  };
}
