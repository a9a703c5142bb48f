import { ContentError } from "../core/checks/problem.ts";
import type { SiteSettings } from "../core/checks/site.ts";
import { resolveContentRoot } from "../core/content/contentRoot.ts";
import { loadSiteSettings } from "../core/content/siteFile.ts";
import { joinBase, termPath } from "../core/publish/paths.ts";
import type { SiteAddresses } from "../core/publish/structuredData.ts";
import type { Messages } from "../i18n/messages.ts";

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

/**
 * What the glossary is, in one line: the tagline (written in the site's own language), or how many terms it holds
 * when there is no tagline, and always on a translation's pages.
 */
export function glossaryDescription(termCount: number, messages: Messages, language = settings.language): string {
  const tagline = language === settings.language ? settings.tagline : "";
  return tagline || messages.count("site.description", termCount);
}

/** Search results cut titles at about 70 characters: past that, a page's title leaves the site's name off. */
const TITLE_LENGTH = 70;

/** The `<title>` of a page: its own title and the site's name, or its title alone when that would be too long. */
export function pageTitle(title: string, messages: Messages): string {
  const withSite = messages.text("site.pageTitle", { title, site: settings.title });
  return title === settings.title || withSite.length > TITLE_LENGTH ? title : withSite;
}
