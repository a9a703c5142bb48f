import { join } from "node:path";
import { inject } from "vitest";
import { loadGlossary } from "../../src/core/content/glossary.ts";
import { projectRoot } from "./astroBuild.ts";
import { BuiltSite } from "./builtSite.ts";

/** The content folder of the fixture glossary translated into Dutch. */
export const TRANSLATED_CONTENT = join(projectRoot, "tests/fixtures/translated-glossary");

/** The base path its `site.yaml` sets. */
export const TRANSLATED_BASE = "/translated/";

/** The origin of its `url`. */
export const TRANSLATED_ORIGIN = "https://example.test";

/** The translated fixture as the core reads it: what the built site must show. */
export const translatedGlossary = loadGlossary(TRANSLATED_CONTENT);

/** The translated fixture site built once by the site project's global setup. */
export function translatedSite(): BuiltSite {
  return new BuiltSite(inject("translatedDist"), TRANSLATED_BASE);
}
