import { lstatSync } from "node:fs";

/** What stands at a path, without following a symbolic link: "a folder", "a file"…; undefined when nothing does. */
export function pathKind(path: string): string | undefined {
  let stats: ReturnType<typeof lstatSync>;
  try {
    stats = lstatSync(path);
  } catch {
    return undefined;
  }
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isDirectory()) return "a folder";
  return stats.isFile() ? "a file" : "a special file (socket, device or pipe)";
}
