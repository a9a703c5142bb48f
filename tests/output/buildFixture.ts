import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { astroBuild, projectRoot } from "../helpers/astroBuild.ts";

declare module "vitest" {
  export interface ProvidedContext {
    fixtureDist: string;
  }
}

/** Builds the fixture glossary once for every output test, and removes the build afterwards. */
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), "glossary-fixture-"));
  const result = await astroBuild(join(projectRoot, "tests/fixtures/glossary"), outDir);
  if (result.code !== 0) throw new Error(`The fixture glossary did not build:\n${result.output}`);
  project.provide("fixtureDist", outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
