import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The project's root folder. */
export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/** What a build printed and how it ended. */
export interface BuildResult {
  code: number | null;
  output: string;
}

/** Runs `astro build` on a content folder into `outDir` with the same Node as the tests, and collects its output. */
export function astroBuild(contentDir: string, outDir: string): Promise<BuildResult> {
  const astro = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, "build", "--outDir", outDir], {
      cwd: projectRoot,
      env: { ...process.env, GLOSSARY_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" },
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
