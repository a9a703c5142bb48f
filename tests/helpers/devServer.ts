import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { astroEnv, projectRoot } from "./astroBuild.ts";

/** A running `astro dev` on a content folder. */
export interface DevServer {
  /** The site root URL the server printed, e.g. `http://localhost:4321/glossary/`. */
  url: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `astro dev` on a content folder and resolves once it serves and its search index is ready. */
export function startDevServer(contentDir: string, timeoutMs = 60_000): Promise<DevServer> {
  const astro = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));
  const child: ChildProcess = spawn(process.execPath, [astro, "dev", "--port", "0", "--host", "127.0.0.1"], {
    cwd: projectRoot,
    env: astroEnv(contentDir),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`astro dev did not become ready:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output)?.[1];
      if (url && output.includes("Search index ready")) {
        clearTimeout(timer);
        resolve({ url, output: () => output, stop });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`astro dev exited with ${code}:\n${output}`));
    });
  });
}
