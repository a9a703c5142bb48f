import * as z from "zod";
import type { Messages } from "../../i18n/messages.ts";
import { slugify } from "../content/slug.ts";
import { readsAsPlural } from "../graph/pluralTitle.ts";
import { decodeOrKeep } from "../publish/paths.ts";
import { httpUrl, lineOfText, text } from "./schema.ts";

/** How an entry's page heading reads: as the question "What is Deep Learning?" or as the bare term. */
export const HEADING_STYLES = ["question", "term"] as const;

/** The most entries a list page shows unless `site.yaml` says otherwise: at 10,000 entries about 40 kB gzipped. */
export const DEFAULT_LIST_PAGE_SIZE = 500;

/**
 * The most term pages one part of the search index holds unless `site.yaml` says otherwise. Pagefind holds a whole
 * index in memory while writing it (about 150 MB per 1,000 pages of 7 kB); parts are written one after another.
 */
export const DEFAULT_SEARCH_PART_SIZE = 5000;

/** The address every absolute link points at when `site.yaml` sets no `url`: the local preview server. */
export const DEFAULT_SITE_URL = "http://localhost:4321/";

/**
 * A site URL path that needs no percent-encoding: segments of letters, digits, `-`, `.`, `_` and `~` (RFC 3986's
 * unreserved characters) between single slashes. The path is the base of every link, route and output folder, and
 * an encoded character there breaks the build's routing.
 */
const PLAIN_PATH = /^(?:\/[A-Za-z0-9._~-]+)*\/?$/;

/** The site URL with each path segment that needs encoding turned into a slug: `/my glossary/` → `/my-glossary/`. */
function withPlainPath(url: URL): string {
  const segments = url.pathname
    .split("/")
    .map((segment) => (PLAIN_PATH.test(`/${segment}`) ? segment : slugify(decodeOrKeep(segment))))
    .filter(Boolean);
  return `${url.origin}/${segments.map((segment) => `${segment}/`).join("")}`;
}

const siteAddress = httpUrl
  .refine(
    (value) => {
      const url = new URL(value);
      return !url.href.includes("?") && !url.href.includes("#") && url.username === "" && url.password === "";
    },
    {
      error: (issue) => {
        const url = new URL(String(issue.input));
        return `must be the site's address alone, without a query (\`?…\`), fragment (\`#…\`) or user name: use \`${url.origin}${url.pathname}\``;
      },
      params: { rule: "url-extra" },
      abort: true,
    },
  )
  .refine((value) => PLAIN_PATH.test(new URL(value).pathname), {
    error: (issue) => {
      const url = new URL(String(issue.input));
      return `path \`${decodeOrKeep(url.pathname)}\` may only hold ASCII letters, digits, \`-\`, \`.\`, \`_\`, \`~\` and single slashes; did you mean \`${withPlainPath(url)}\`?`;
    },
    params: { rule: "url-path" },
  });

/** The canonical form of a BCP 47 language tag (`en-us` → `en-US`); undefined when it is not one Intl accepts. */
export function canonicalLanguage(value: string): string | undefined {
  try {
    const [tag] = Intl.getCanonicalLocales(value);
    // Intl also accepts a 5 to 8 letter language subtag (`english`), a form no registered language uses.
    return tag !== undefined && /^[a-z]{2,3}\b/.test(tag) ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** The two-letter code of a language written out by its English name (`English` → `en`), if there is one. */
function codeOfLanguageName(name: string): string | undefined {
  const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  const wanted = name.toLowerCase();
  for (let first = 97; first <= 122; first++) {
    for (let second = 97; second <= 122; second++) {
      const code = String.fromCharCode(first, second);
      if (names.of(code)?.toLowerCase() === wanted) return code;
    }
  }
  return undefined;
}

function languageMessage(value: string): string {
  if (value === "") return "must not be empty: write a BCP 47 language tag such as `en`, `en-GB` or `pt-BR`";
  const guess = canonicalLanguage(value.replace(/[_\s]+/g, "-")) ?? codeOfLanguageName(value);
  const problem = `\`${value}\` is not a well-formed BCP 47 language tag`;
  if (guess) return `${problem}; did you mean \`${guess}\`?`;
  return `${problem}: write a language code, then any script or region, joined by hyphens, e.g. \`en\`, \`en-GB\`, \`pt-BR\`, \`zh-Hant\``;
}

/** A BCP 47 language tag, trimmed and kept in its canonical form (`en-us` → `en-US`), with a hint when it is not one. */
const languageTag = z
  .string()
  .trim()
  .refine((value) => canonicalLanguage(value) !== undefined, {
    error: (issue) => languageMessage(String(issue.input)),
    params: { rule: "language-invalid" },
    abort: true,
  })
  .overwrite((value) => canonicalLanguage(value) ?? value);

/** The warnings `site.yaml` may turn on, each off unless set to true. */
const warningSwitchesSchema = z.strictObject({
  "related-one-way": z.boolean().default(false),
  "description-repeats-title": z.boolean().default(false),
});

/**
 * The site settings, read from `site.yaml` in the content root. Every field has a default, so the file is optional;
 * unknown keys are errors, like in entries.
 */
export const siteSettingsSchema = z.strictObject({
  /** Name of the site, shown in the header and in every page title. */
  title: text.default("Glossary"),
  /** One line under the title on the home page. */
  tagline: lineOfText.default(""),
  /** BCP 47 language of the content, in its canonical form (`en-US`); sets `lang` and the alphabetical order. */
  language: languageTag.default("en"),
  /**
   * The languages the glossary is also translated into (`[nl]`), each a BCP 47 tag other than `language`. A
   * translation of `terms/<slug>.md` is `<lang>/terms/<slug>.md`; its pages are published under `/<lang>/`.
   */
  translations: z
    .array(
      languageTag.refine((value) => /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(value), {
        error: "must be a language tag that can be a folder and an address, e.g. `nl` or `pt-BR`",
        params: { rule: "language-invalid" },
      }),
    )
    .default([]),
  /**
   * Public address of the site, including any sub-path it is served under (e.g. https://example.org/glossary/):
   * no query, fragment or user name, and a path that needs no percent-encoding.
   */
  url: siteAddress.default(DEFAULT_SITE_URL),
  /** Repository page (e.g. https://github.com/acme/glossary); when set, every entry links to its file there. */
  repository: httpUrl.optional(),
  /** Branch that edit links open. */
  branch: text.default("main"),
  /** Folder of the content root inside the repository, for edit links. */
  contentPath: z.string().trim().default("content"),
  /** Heading style of entry pages. */
  headingStyle: z.enum(HEADING_STYLES).default("question"),
  /** Whether the first mention of another term in an entry's body becomes a link to it. */
  linkMentions: z.boolean().default(true),
  /**
   * Whether every page gets a social card: a 1200×630 picture of its title and text that shared links show. Turned
   * off, no card is drawn and pages name none (a large site saves the time the first build spends drawing them).
   */
  socialCards: z.boolean().default(true),
  /**
   * The most entries one list page shows. A glossary with more entries than this gets one A–Z page per letter
   * instead of the whole index on the home page, and every list longer than this (a letter, a category) continues
   * on numbered pages.
   */
  listPageSize: z.int().min(1).max(100_000).default(DEFAULT_LIST_PAGE_SIZE),
  /**
   * The most term pages one part of the search index holds. A glossary with more term pages has its index written
   * in parts, one after another, which search reads together: a build needs less memory, and an edit re-indexes one
   * part, while a first search loads a little more.
   */
  searchPartSize: z.int().min(1).max(1_000_000).default(DEFAULT_SEARCH_PART_SIZE),
  /**
   * The warnings that are off unless turned on here: `related-one-way` (a `related` link the other entry does not
   * return) and `description-repeats-title` (a definition that opens with the term's name).
   */
  warnings: warningSwitchesSchema.prefault({}),
});

/** The fields of `site.yaml`, nested ones as their path (`warnings.related-one-way`), for "did you mean" hints. */
export const SITE_KEYS: readonly string[] = [
  ...Object.keys(siteSettingsSchema.shape),
  ...Object.keys(warningSwitchesSchema.shape).map((rule) => `warnings.${rule}`),
];

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

/**
 * The page heading of an entry: its own `heading` when it has one, else the configured style's question in the
 * messages' language ("What are …?" for a title that reads as a plural there, see readsAsPlural), or the bare term.
 */
export function entryHeading(
  settings: SiteSettings,
  title: string,
  messages: Pick<Messages, "text">,
  own?: { heading?: string | undefined; language: string },
): string {
  if (own?.heading) return own.heading;
  if (settings.headingStyle !== "question") return title;
  const plural = readsAsPlural(title, own?.language ?? settings.language);
  return messages.text(plural ? "term.heading.questionPlural" : "term.heading.question", { title });
}
