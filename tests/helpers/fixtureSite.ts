import { join } from "node:path";
import { inject } from "vitest";
import { loadGlossary, publishedEntries } from "../../src/core/content/glossary.ts";
import { projectRoot } from "./astroBuild.ts";
import { BuiltSite } from "./builtSite.ts";

/** The fixture glossary as the core reads it: what the built site must show. */
export const glossary = loadGlossary(join(projectRoot, "tests/fixtures/glossary"));

/** The fixture's published entries. */
export const published = publishedEntries(glossary);

/** The base path the fixture's `site.yaml` sets. */
export const BASE = "/glossary/";

/** The fixture site built once by the output project's global setup. */
export function fixtureSite(): BuiltSite {
  return new BuiltSite(inject("fixtureDist"), BASE);
}
