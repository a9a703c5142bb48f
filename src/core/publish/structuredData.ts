import type { BreadcrumbList, DefinedTerm, DefinedTermSet, Graph } from "schema-dts";

/** What structured data needs of an entry. */
export interface DescribedTerm {
  slug: string;
  title: string;
  description: string;
  aliases: readonly string[];
}

/** Absolute addresses the structured data refers to. */
export interface SiteAddresses {
  /** The site's name. */
  name: string;
  /** The home page, which is the glossary itself (the DefinedTermSet). */
  home: string;
  /** The absolute address of an entry's page. */
  term: (slug: string) => string;
  /** The BCP 47 language the pages are written in (schema.org `inLanguage`). */
  language?: string;
}

/** `inLanguage` of the pages' language, when it is known. */
function inLanguage(site: SiteAddresses): { inLanguage?: string } {
  return site.language === undefined ? {} : { inLanguage: site.language };
}

/** The id of the glossary as a DefinedTermSet, so every term can point at it. */
function setId(site: SiteAddresses): string {
  return `${site.home}#glossary`;
}

/** One entry as a schema.org DefinedTerm, belonging to the glossary's DefinedTermSet. */
export function definedTerm(term: DescribedTerm, site: SiteAddresses): DefinedTerm {
  const url = site.term(term.slug);
  return {
    "@type": "DefinedTerm",
    "@id": `${url}#term`,
    name: term.title,
    description: term.description,
    ...(term.aliases.length > 0 ? { alternateName: [...term.aliases] } : {}),
    url,
    termCode: term.slug,
    // DefinedTerm has no `inLanguage` of its own: the set it belongs to, a CreativeWork, says the language.
    inDefinedTermSet:
      site.language === undefined
        ? { "@id": setId(site) }
        : { "@type": "DefinedTermSet", "@id": setId(site), inLanguage: site.language },
  };
}

/** A BreadcrumbList from the home page through `trail` (name and address; the last is the page itself). */
export function breadcrumbList(trail: readonly { name: string; url: string }[]): BreadcrumbList {
  return {
    "@type": "BreadcrumbList",
    itemListElement: trail.map(({ name, url }, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name,
      item: url,
    })),
  };
}

/** The JSON-LD of a term page: the DefinedTerm and the breadcrumbs leading to it. */
export function termPageData(
  term: DescribedTerm,
  category: { title: string; url: string },
  site: SiteAddresses,
): Graph {
  const trail = [
    { name: site.name, url: site.home },
    { name: category.title, url: category.url },
    { name: term.title, url: site.term(term.slug) },
  ];
  return { "@context": "https://schema.org", "@graph": [definedTerm(term, site), breadcrumbList(trail)] };
}

/**
 * The JSON-LD of the glossary as a DefinedTermSet holding `terms`: on the home page every term, or none once the
 * index is split; on each letter page the terms it lists, so together the pages carry the whole set.
 */
export function glossarySetData(terms: readonly DescribedTerm[], description: string, site: SiteAddresses): Graph {
  const set: DefinedTermSet = {
    "@type": "DefinedTermSet",
    "@id": setId(site),
    name: site.name,
    description,
    url: site.home,
    ...inLanguage(site),
    ...(terms.length > 0
      ? {
          hasDefinedTerm: terms.map((term) => ({
            "@type": "DefinedTerm",
            "@id": `${site.term(term.slug)}#term`,
            name: term.title,
            url: site.term(term.slug),
            termCode: term.slug,
          })),
        }
      : {}),
  };
  return { "@context": "https://schema.org", "@graph": [set] };
}

/** Serialises JSON-LD for a `<script>` element: `<` is escaped so no text in it can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
