import type { Entry } from "../content/entry.ts";
import { aliasAddresses } from "../graph/aliases.ts";
import { decodeOrKeep } from "../publish/paths.ts";
import type { BodyFacts, BodyLink } from "./body.ts";
import type { Problem } from "./problem.ts";
import type { Category } from "./schema.ts";
import { closestMatch } from "./suggest.ts";

/** Ids every entry page has besides its body headings, so links may point at them. */
export const PAGE_ANCHORS: readonly string[] = [
  "main",
  "aliases-heading",
  "sources-heading",
  "related-heading",
  "referenced-by-heading",
];

const TERM_LINK = /^\/terms\/([^/#?]+)\/?(?:#(.*))?$/;
const CATEGORY_LINK = /^\/categories\/([^/#?]+)\/?$/;

/** The pages of the site a body link may lead to, its base path (`""` or `/glossary`), and the bodies' language. */
export interface LinkedSite {
  pages: ReadonlySet<string>;
  base: string;
  /** The language of the bodies checked, when they are a translation's (their pages sit in its folder). */
  language?: string | undefined;
}

/** The address of an entry's page, from which its body's relative links resolve. */
function entryAddress(entry: Entry, language: string | undefined): string {
  return `/${language === undefined ? "" : `${language}/`}terms/${entry.slug}/`;
}

/**
 * Why a link within the site (root-relative or relative) leads to no page, or nothing when it does or is not such a
 * link. The query and fragment are ignored. A folder page written without its trailing slash is reported, since the
 * site's addresses all end in one, and so is a link that repeats the base path the site adds itself. The suggestion
 * is the entry named by the link's last segment, or the closest page.
 */
export function missingPage(url: string, from: string, site: Omit<LinkedSite, "language">): string | undefined {
  if (url === "" || url.startsWith("#") || url.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  const resolved = URL.parse(url, `http://site.invalid${from}`);
  if (resolved?.host !== "site.invalid") return undefined;
  const { pages, base } = site;
  const path = decodeOrKeep(resolved.pathname);
  if (pages.has(path)) return undefined;
  const shown = `\`${url}\``;
  if (pages.has(`${path}/`)) return `${shown} lacks the trailing slash of the page's address: write \`${path}/\``;
  const unbased = base !== "" && path.startsWith(`${base}/`) ? path.slice(base.length) : undefined;
  if (unbased !== undefined && (pages.has(unbased) || pages.has(`${unbased}/`))) {
    const page = pages.has(unbased) ? unbased : `${unbased}/`;
    return `${shown} starts with the site's base path \`${base}\`, which the site adds to every link itself: write \`${page}\``;
  }
  const last = /([^/]+)\/?$/.exec(path)?.[1];
  const guess =
    last !== undefined && pages.has(`/terms/${last}/`)
      ? `/terms/${last}/`
      : closestMatch(path, otherPages(pages, from));
  const leads = url.startsWith("/") ? "" : ` (from this page it leads to \`${path}\`)`;
  return `${shown} is not a page of the site${leads}${guess ? `; did you mean \`${guess}\`?` : ""}`;
}

/** The pages other than the one a link is on (never the suggestion for a link that leads elsewhere). */
function* otherPages(pages: ReadonlySet<string>, from: string): Iterable<string> {
  for (const page of pages) if (page !== from) yield page;
}

/** The slug a body link points at when it is a link to an entry page (`/terms/<slug>/`), else nothing. */
export function linkedSlug(url: string): string | undefined {
  return TERM_LINK.exec(url)?.[1];
}

/** For each body, the slugs of the entries it links to, in order, without repeats. */
export function linkedSlugs(bodies: ReadonlyMap<string, BodyFacts>): Map<string, string[]> {
  return new Map(
    [...bodies].map(([slug, body]) => [slug, [...new Set(body.links.flatMap((link) => linkedSlug(link.url) ?? []))]]),
  );
}

/**
 * Checks the site links in every body: `/terms/<slug>/` must name a published entry, a `#anchor` (on its own or
 * after an entry link) a heading of that entry, and `/categories/<id>/` a category. Anchors are computed exactly as
 * the site computes heading ids. `fileSlugs` are the slugs of every entry file: a link to a file with errors of its
 * own is not reported again here. The bodies checked are those of `sources`: the entries themselves, or the
 * translations of one language, whose links name the same entries. Other links within the site are checked by
 * `missingPageLinks`.
 */
export function brokenBodyLinks(
  entries: readonly Entry[],
  bodies: ReadonlyMap<string, BodyFacts>,
  categories: readonly Category[],
  fileSlugs: ReadonlySet<string>,
  sources: readonly Entry[] = entries,
): Problem[] {
  const published = new Map(entries.filter((entry) => !entry.data.draft).map((entry) => [entry.slug, entry]));
  const named = [...published.values()].map((entry) => ({ slug: entry.slug, aliases: entry.data.aliases }));
  /** The slugs of alias and disambiguation pages, to which a `/terms/` link may lead too. */
  const aliasPages = aliasAddresses(named);
  const drafts = new Set(entries.filter((entry) => entry.data.draft).map((entry) => entry.slug));
  const problems: Problem[] = [];
  for (const entry of sources) {
    const body = bodies.get(entry.slug);
    if (!body) continue;
    const report = (position: BodyLink["position"], message: string, rule: string) =>
      problems.push({ file: entry.file, position, message, rule, severity: "error" });
    const checkAnchor = (anchor: string, target: Entry, position: BodyLink["position"]) => {
      const ids = bodies.get(target.slug)?.headingIds ?? new Set<string>();
      const id = decodeOrKeep(anchor);
      if (ids.has(id) || PAGE_ANCHORS.includes(id)) return;
      const guess = closestMatch(id, ids);
      const where = target === entry ? "this entry" : `\`${target.slug}\``;
      report(
        position,
        `\`#${id}\` is not a heading of ${where}${guess ? `; did you mean \`#${guess}\`?` : ""}`,
        "link-anchor-missing",
      );
    };
    for (const link of body.links) {
      if (link.url.startsWith("#")) {
        if (link.url.length > 1) checkAnchor(link.url.slice(1), entry, link.position);
        continue;
      }
      const term = TERM_LINK.exec(link.url);
      if (term) {
        const slug = term[1] ?? "";
        const target = published.get(slug);
        if (!target && fileSlugs.has(slug) && !drafts.has(slug)) continue;
        if (!target && aliasPages.has(slug)) continue;
        if (!target) {
          const guess = drafts.has(slug) ? undefined : closestMatch(slug, published.keys());
          const why = drafts.has(slug) ? "is a draft, so it is not published" : "is not an entry";
          report(
            link.position,
            `\`${link.url}\` ${why}${guess ? `; did you mean \`/terms/${guess}/\`?` : ""}`,
            "link-term-missing",
          );
        } else if (term[2]) {
          checkAnchor(term[2], target, link.position);
        }
        continue;
      }
      const category = CATEGORY_LINK.exec(link.url)?.[1];
      if (category !== undefined) {
        if (!categories.some((c) => c.id === category)) {
          report(link.position, `\`${link.url}\` is not a category page`, "link-category-missing");
        }
      }
    }
  }
  return problems;
}

/**
 * Checks every other link within the site in these bodies (root-relative or relative, not `/terms/` or
 * `/categories/` ones, which `brokenBodyLinks` checks): it must lead to one of the site's pages or files.
 */
export function missingPageLinks(
  sources: readonly Entry[],
  bodies: ReadonlyMap<string, BodyFacts>,
  site: LinkedSite,
): Problem[] {
  const problems: Problem[] = [];
  for (const entry of sources) {
    for (const link of bodies.get(entry.slug)?.links ?? []) {
      if (TERM_LINK.test(link.url) || CATEGORY_LINK.test(link.url)) continue;
      const missing = missingPage(link.url, entryAddress(entry, site.language), site);
      if (missing) {
        problems.push({
          file: entry.file,
          position: link.position,
          message: missing,
          rule: "link-page-missing",
          severity: "error",
        });
      }
    }
  }
  return problems;
}
