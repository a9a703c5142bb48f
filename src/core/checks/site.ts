import * as z from "zod";
import { isHttpUrl } from "./schema.ts";

/** How an entry's page heading reads: as the question "What is Deep Learning?" or as the bare term. */
export const HEADING_STYLES = ["question", "term"] as const;

/**
 * The site settings, read from `site.yaml` in the content root. Every field has a default, so the file is optional;
 * unknown keys are errors, like in entries.
 */
export const siteSettingsSchema = z.strictObject({
  /** Name of the site, shown in the header and in every page title. */
  title: z.string().trim().min(1).default("Glossary"),
  /** One line under the title on the home page. */
  tagline: z.string().trim().default(""),
  /** BCP 47 language of the content; sets `lang` and the alphabetical order. */
  language: z.string().trim().min(2).default("en"),
  /** Public address of the site, including any sub-path it is served under (e.g. https://example.org/glossary/). */
  url: z.string().refine(isHttpUrl, { error: "must be an http or https URL" }).default("http://localhost:4321/"),
  /** Repository page (e.g. https://github.com/acme/glossary); when set, every entry links to its file there. */
  repository: z.string().refine(isHttpUrl, { error: "must be an http or https URL" }).optional(),
  /** Branch that edit links open. */
  branch: z.string().trim().min(1).default("main"),
  /** Folder of the content root inside the repository, for edit links. */
  contentPath: z.string().trim().default("content"),
  /** Heading style of entry pages. */
  headingStyle: z.enum(HEADING_STYLES).default("question"),
  /** Whether the first mention of another term in an entry's body becomes a link to it. */
  linkMentions: z.boolean().default(true),
});

/** Validated site settings. */
export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** The path part of the site URL without a trailing slash (`""` at the domain root): Astro's `base`. */
export function basePath(settings: Pick<SiteSettings, "url">): string {
  return new URL(settings.url).pathname.replace(/\/+$/, "");
}

/** The link to edit an entry file in the repository, or nothing when no repository is set. */
export function editUrl(settings: SiteSettings, file: string): string | undefined {
  if (!settings.repository) return undefined;
  const repository = settings.repository.replace(/\/+$/, "");
  const folder = settings.contentPath.replace(/^\/+|\/+$/g, "");
  const path = [folder, file].filter(Boolean).join("/");
  return `${repository}/edit/${settings.branch}/${path}`;
}

/** The page heading of an entry in the configured style. */
export function entryHeading(settings: SiteSettings, title: string): string {
  return settings.headingStyle === "question" ? `What is ${title}?` : title;
}
