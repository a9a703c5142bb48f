import type { Problem } from "../checks/problem.ts";
import { schemaProblems } from "../checks/schemaProblems.ts";
import { SITE_KEYS, type SiteSettings, siteSettingsSchema } from "../checks/site.ts";
import { readOptionalFile } from "./optionalFile.ts";
import { parseYamlSource, yamlSyntaxProblems } from "./yamlSource.ts";

/** The optional file, relative to the content root, that holds the site settings. */
export const SITE_FILE = "site.yaml";

/** Result of reading `site.yaml`: the settings (defaults where the file is silent) and every problem found. */
export interface SiteSettingsResult {
  settings: SiteSettings;
  problems: Problem[];
}

/** Parses and validates `site.yaml` text; a missing file means all defaults. */
export function readSiteSettings(raw: string | undefined): SiteSettingsResult {
  const defaults = siteSettingsSchema.parse({});
  if (raw === undefined) return { settings: defaults, problems: [] };
  const source = parseYamlSource(raw.replace(/^\uFEFF/, ""));
  if (source.errors.length > 0) {
    return { settings: defaults, problems: yamlSyntaxProblems(SITE_FILE, source) };
  }
  const result = siteSettingsSchema.safeParse(source.value ?? {}, { reportInput: true });
  if (!result.success) {
    return {
      settings: defaults,
      problems: schemaProblems(result.error.issues, SITE_FILE, source, SITE_KEYS),
    };
  }
  return { settings: result.data, problems: [] };
}

/** Reads `site.yaml` from a content root (defaults when there is none, or when it cannot be read). */
export function loadSiteSettings(root: string): SiteSettingsResult {
  const file = readOptionalFile(root, SITE_FILE);
  if (!file.ok) return { settings: siteSettingsSchema.parse({}), problems: [file.problem] };
  return readSiteSettings(file.text);
}
