import { resolve } from "node:path";

/** The environment variable that points every command at another content folder. */
export const CONTENT_ENV = "GLOSSARY_CONTENT";

/** The content folder: `$GLOSSARY_CONTENT` when set (relative to `cwd`), else `./content`. */
export function resolveContentRoot(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const configured = env[CONTENT_ENV]?.trim();
  return resolve(cwd, configured ? configured : "content");
}
