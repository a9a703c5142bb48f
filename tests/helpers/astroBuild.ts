import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The project's root folder. */
export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/** What a build printed and how it ended. */
export interface BuildResult {
  code: number | null;
  output: string;
}

/** Variables a vitest worker sets (mirrors of `import.meta.env`) that would change how Astro builds. */
const RUNNER_VARIABLES = new Set(["NODE_ENV", "TEST", "BASE_URL", "MODE", "DEV", "PROD", "SSR"]);

/**
 * The environment for an Astro child process on a content folder: the test runner's own variables (NODE_ENV=test,
 * BASE_URL, MODE, VITEST…) are removed, since Astro would otherwise build as under test, not as a contributor does.
 */
export function astroEnv(contentDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GLOSSARY_CONTENT: contentDir,
    ASTRO_TELEMETRY_DISABLED: "1",
    NO_COLOR: "1",
  };
  for (const name of Object.keys(env)) {
    if (RUNNER_VARIABLES.has(name) || name.startsWith("VITEST")) delete env[name];
  }
  return env;
}

/** Runs `astro build` on a content folder into `outDir` with the same Node as the tests, and collects its output. */
export function astroBuild(contentDir: string, outDir: string): Promise<BuildResult> {
  const astro = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, "build", "--outDir", outDir], {
      cwd: projectRoot,
      env: astroEnv(contentDir),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}
