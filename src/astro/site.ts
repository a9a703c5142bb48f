import { resolveContentRoot } from "../core/contentRoot.ts";
import { joinBase, termPath } from "../core/paths.ts";
import { ContentError } from "../core/problem.ts";
import type { SiteSettings } from "../core/site.ts";
import { loadSiteSettings } from "../core/siteFile.ts";
import type { SiteAddresses } from "../core/structuredData.ts";

/** The content folder this build reads. */
export const contentRoot = resolveContentRoot();

function settingsOrThrow(): SiteSettings {
  const { settings, problems } = loadSiteSettings(contentRoot);
  if (problems.length > 0) throw new ContentError(problems, contentRoot);
  return settings;
}

/** The validated site settings of this build. */
export const settings: SiteSettings = settingsOrThrow();

/** Turns a site-relative path (`terms/x/`) into a URL under the configured base. */
export function href(path = ""): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The absolute address of a site-relative path (`terms/x/`), under the site's public URL. */
export function absoluteUrl(path = ""): string {
  return new URL(href(path), settings.url).href;
}

/** The site's addresses as structured data refers to them. */
export const siteAddresses: SiteAddresses = {
  name: settings.title,
  home: absoluteUrl(),
  term: (slug) => absoluteUrl(termPath(slug)),
};
