import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadGlossary } from "../../src/core/content/glossary.ts";
import { linkablePages } from "../../src/core/content/linkablePages.ts";
import { projectRoot } from "../helpers/astroBuild.ts";

/** The site path of a built file: `terms/x/index.html` is the page `/terms/x/`, other files keep their name. */
const sitePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;

/** The pages the validator resolves body links against, for a built glossary's content. */
function expectedPages(content: string): Set<string> {
  const glossary = loadGlossary(content);
  return linkablePages(glossary.settings, glossary.entries, glossary.categories, glossary.editions);
}

/** Every page a build wrote (its `index.html` files), as site paths; the 404 page is a file of its own. */
function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith("index.html"))
    .map(sitePath)
    .sort();
}

/**
 * The validator's page set (`sitePages`) must be the site's: a page it lacks makes a good link an error, a page it
 * has that the build does not write lets a broken link through. Each built glossary brings its own kinds of page:
 * alias and disambiguation pages (fixture), letter and numbered category pages (paged), translated folders.
 */
describe.each([
  ["fixture", "fixtureDist", join(projectRoot, "tests/fixtures/glossary"), "/terms/km/"],
  ["paged", "pagedDist", undefined, "/letters/m/2/"],
  ["translated", "translatedDist", join(projectRoot, "tests/fixtures/translated-glossary"), "/nl/terms/gpu/"],
] as const)("the pages body links are checked against, for the %s glossary", (_, dist, folder, kind) => {
  const content = () => folder ?? inject("pagedContent");

  it("are exactly the pages the build wrote", () => {
    const pages = expectedPages(content());
    const folders = [...pages].filter((page) => page.endsWith("/")).sort();
    expect(folders).toContain(kind);
    expect(builtPages(inject(dist))).toEqual(folders);
  });

  it("name only files the build wrote", () => {
    const files = [...expectedPages(content())].filter((page) => !page.endsWith("/"));
    expect(files).toContain("/favicon.svg");
    expect(files.filter((file) => !existsSync(join(inject(dist), file)))).toEqual([]);
  });
});
