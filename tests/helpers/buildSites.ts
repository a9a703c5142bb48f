import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { astroBuild, projectRoot } from "./astroBuild.ts";

declare module "vitest" {
  export interface ProvidedContext {
    fixtureDist: string;
    sampleDist: string;
  }
}

async function build(content: string, name: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `glossary-${name}-`));
  const result = await astroBuild(join(projectRoot, content), outDir);
  if (result.code !== 0) throw new Error(`The ${name} glossary did not build:\n${result.output}`);
  return outDir;
}

/** Builds the fixture glossary and the sample glossary once for all site tests, and removes them afterwards. */
export default async function setup(project: TestProject) {
  const fixtureDist = await build("tests/fixtures/glossary", "fixture");
  const sampleDist = await build("content", "sample");
  project.provide("fixtureDist", fixtureDist);
  project.provide("sampleDist", sampleDist);
  return () => {
    for (const dir of [fixtureDist, sampleDist]) rmSync(dir, { recursive: true, force: true });
  };
}
