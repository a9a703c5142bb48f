/** The version of the `terms.json` format; it changes only when a field is removed or changes meaning. */
export const TERMS_JSON_VERSION = 1;

/** One entry in `terms.json`. */
export interface TermsJsonTerm {
  slug: string;
  title: string;
  definition: string;
  aliases: string[];
  category: string;
  level: string;
  related: string[];
  url: string;
}

/** The whole `terms.json` document: see "Public data: terms.json" in docs/glossary.md for the contract. */
export interface TermsJson {
  version: number;
  title: string;
  url: string;
  terms: TermsJsonTerm[];
}

/** Builds `terms.json` from the published entries in alphabetical order. */
export function termsJson(
  site: { title: string; url: string },
  terms: readonly {
    slug: string;
    title: string;
    description: string;
    aliases: readonly string[];
    category: string;
    level: string;
    related: readonly string[];
  }[],
  termUrl: (slug: string) => string,
): TermsJson {
  return {
    version: TERMS_JSON_VERSION,
    title: site.title,
    url: site.url,
    terms: terms.map((term) => ({
      slug: term.slug,
      title: term.title,
      definition: term.description,
      aliases: [...term.aliases],
      category: term.category,
      level: term.level,
      related: [...term.related],
      url: termUrl(term.slug),
    })),
  };
}
