import { describe, expect, it } from "vitest";
import { breadcrumbList, definedTerm, glossarySetData, termPageData } from "../../src/core/publish/structuredData.ts";
import { schemaOrgProblems } from "../helpers/schemaOrg.ts";

const site = { name: "G", home: "https://g.test/", term: (slug: string) => `https://g.test/terms/${slug}/` };
const term = { slug: "bias", title: "Bias", description: "A systematic error.", aliases: ["skew"] };

describe("the site's structured data", () => {
  it("is valid schema.org: a term page and the glossary's home page", () => {
    const page = termPageData(term, { title: "Basics", url: "https://g.test/categories/basics/" }, site);
    expect(schemaOrgProblems(page)).toEqual([]);
    const home = glossarySetData([term], "All terms.", site);
    expect(schemaOrgProblems(home)).toEqual([]);
  });

  it("leaves out alternateName when an entry has no alias", () => {
    expect(definedTerm({ ...term, aliases: [] }, site)).not.toHaveProperty("alternateName");
  });

  it("numbers breadcrumbs from one", () => {
    const list = breadcrumbList([
      { name: "A", url: "https://g.test/" },
      { name: "B", url: "https://g.test/b/" },
    ]);
    expect(list.itemListElement).toMatchObject([{ position: 1 }, { position: 2 }]);
  });
});

describe("the schema.org checker used on built pages", () => {
  const valid = { "@context": "https://schema.org", ...definedTerm(term, site) };

  it("reports a property the type does not have, and a value of the wrong kind", () => {
    expect(schemaOrgProblems({ ...valid, termcode: "x" })).toEqual(["$: DefinedTerm has no property termcode"]);
    expect(schemaOrgProblems({ ...valid, url: "/terms/bias/" })).toEqual(["$.url: expected URL"]);
    expect(schemaOrgProblems({ ...valid, inDefinedTermSet: { "@type": "ListItem" } })).toEqual([
      "$.inDefinedTermSet: expected URL or DefinedTermSet",
    ]);
  });

  it("reports an unknown type, a missing context, and problems in nested nodes", () => {
    expect(schemaOrgProblems({ "@context": "https://schema.org", "@type": "Glossary" })).toEqual([
      "$: unknown type Glossary",
    ]);
    expect(schemaOrgProblems({ "@type": "DefinedTerm" })).toEqual(["@context is not https://schema.org"]);
    const nested = {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [{ "@type": "ListItem", position: 1.5 }],
    };
    expect(schemaOrgProblems(nested)).toEqual(["$.itemListElement[0].position: expected Integer or Text"]);
  });
});
