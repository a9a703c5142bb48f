import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { writeSyntheticGlossary } from "../../scripts/lib/syntheticGlossary.ts";
import { astroBuild, projectRoot } from "./astroBuild.ts";

declare module "vitest" {
  export interface ProvidedContext {
    fixtureDist: string;
    sampleDist: string;
    pagedContent: string;
    pagedDist: string;
    translatedDist: string;
  }
}

/** Entries of the generated glossary built with a small list page size. */
export const PAGED_ENTRIES = 150;

/** The list page size of that glossary: small enough to split its A–Z index and paginate every category. */
export const PAGED_PAGE_SIZE = 8;

/** The search part size of that glossary: small enough to write its search index in three parts. */
export const PAGED_SEARCH_PART_SIZE = 60;

async function build(content: string, name: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `glossary-${name}-`));
  const result = await astroBuild(content, outDir);
  if (result.code !== 0) throw new Error(`The ${name} glossary did not build:\n${result.output}`);
  return outDir;
}

/** Writes the generated glossary whose lists are long enough to be split into pages, and its search index into parts. */
function pagedGlossary(): string {
  const dir = mkdtempSync(join(tmpdir(), "glossary-paged-content-"));
  writeSyntheticGlossary(dir, { entries: PAGED_ENTRIES, seed: 7, shape: "words", bodyChars: 600 });
  appendFileSync(
    join(dir, "site.yaml"),
    `listPageSize: ${PAGED_PAGE_SIZE}\nsearchPartSize: ${PAGED_SEARCH_PART_SIZE}\n`,
  );
  return dir;
}

/**
 * Builds the fixture glossary, the sample glossary, a generated glossary with paginated lists and the fixture
 * glossary translated into Dutch once for all site tests, and removes them afterwards.
 */
export default async function setup(project: TestProject) {
  const pagedContent = pagedGlossary();
  const fixtureDist = await build(join(projectRoot, "tests/fixtures/glossary"), "fixture");
  const sampleDist = await build(join(projectRoot, "content"), "sample");
  const pagedDist = await build(pagedContent, "paged");
  const translatedDist = await build(join(projectRoot, "tests/fixtures/translated-glossary"), "translated");
  project.provide("fixtureDist", fixtureDist);
  project.provide("sampleDist", sampleDist);
  project.provide("pagedContent", pagedContent);
  project.provide("pagedDist", pagedDist);
  project.provide("translatedDist", translatedDist);
  return () => {
    for (const dir of [fixtureDist, sampleDist, pagedDist, translatedDist, pagedContent])
      rmSync(dir, { recursive: true, force: true });
  };
}
