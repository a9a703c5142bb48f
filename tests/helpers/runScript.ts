import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { astroEnv, projectRoot } from "./astroBuild.ts";

/** How a command-line script ended: its exit status and what it printed on each stream. */
export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's scripts (`scripts/<name>.ts`) with Node on a content folder, as `npm run` would. */
export function runScript(name: string, args: string[], contentDir: string): ScriptRun {
  const result = spawnSync(process.execPath, [join(projectRoot, "scripts", `${name}.ts`), ...args], {
    cwd: projectRoot,
    env: astroEnv(contentDir),
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
