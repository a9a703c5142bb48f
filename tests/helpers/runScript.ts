import { spawn, spawnSync } from "node:child_process";
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

/** Runs one of the project's scripts like `runScript`, without blocking this process (so it may serve the script). */
export function runScriptAsync(name: string, args: string[], contentDir: string): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(projectRoot, "scripts", `${name}.ts`), ...args], {
      cwd: projectRoot,
      env: astroEnv(contentDir),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
