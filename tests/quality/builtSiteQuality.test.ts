import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadGlossary } from "../../src/core/content/glossary.ts";
import { scanBuiltSite, unsafeMarkup } from "../../src/core/publish/outputScan.ts";
import { projectRoot } from "../helpers/astroBuild.ts";
import { BuiltSite } from "../helpers/builtSite.ts";
import { completenessProblems } from "../helpers/quality/completeness.ts";
import { headProblems } from "../helpers/quality/head.ts";
import { htmlErrors } from "../helpers/quality/htmlValidity.ts";
import { brokenLinks, unreachablePages } from "../helpers/quality/links.ts";
import { TRANSLATED_BASE, TRANSLATED_CONTENT, TRANSLATED_ORIGIN } from "../helpers/translatedSite.ts";

/**
 * The built sites every check runs on: the fixture under a sub-path, the sample at the domain root, a generated
 * glossary whose A–Z index and categories are split into pages, and a fixture translated into Dutch (its Dutch pages
 * under `nl/`).
 */
const SITES = [
  {
    name: "fixture",
    dist: () => inject("fixtureDist"),
    base: "/glossary/",
    origin: "https://example.test",
    content: () => join(projectRoot, "tests/fixtures/glossary"),
  },
  {
    name: "sample",
    dist: () => inject("sampleDist"),
    base: "/",
    origin: "https://example.org",
    content: () => join(projectRoot, "content"),
  },
  {
    name: "paged",
    dist: () => inject("pagedDist"),
    base: "/",
    origin: "https://example.org",
    content: () => inject("pagedContent"),
  },
  {
    name: "translated",
    dist: () => inject("translatedDist"),
    base: TRANSLATED_BASE,
    origin: TRANSLATED_ORIGIN,
    content: () => TRANSLATED_CONTENT,
  },
];

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/**
 * A copy of a built site (the fixture's unless told) with one file changed (or added), to show a check fails when the
 * site breaks its rule.
 */
function brokenCopy(
  file: string,
  change: (html: string) => string,
  { dist, base } = { dist: inject("fixtureDist"), base: "/glossary/" },
): BuiltSite {
  const dir = mkdtempSync(join(tmpdir(), "glossary-broken-site-"));
  copies.push(dir);
  cpSync(dist, dir, { recursive: true });
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, change(existsSync(path) ? readFileSync(path, "utf8") : ""));
  return new BuiltSite(dir, base);
}

const TERM = "terms/k-means/index.html";
const inMain = (snippet: string) => (html: string) => html.replace("</main>", `${snippet}</main>`);

describe.each(SITES)("the $name site", ({ dist, base, origin, content }) => {
  const site = () => new BuiltSite(dist(), base);

  it("is valid HTML on every page", async () => {
    expect(await htmlErrors(site())).toEqual([]);
  });

  it("has no broken internal link or fragment", () => {
    expect(brokenLinks(site())).toEqual([]);
  });

  it("has every page reachable from the home page", () => {
    expect(unreachablePages(site())).toEqual([]);
  });

  it("gives every page a unique title, a description, its canonical URL, lang and the CSP", () => {
    expect(headProblems(site(), origin)).toEqual([]);
  });

  it("has no markup that could run script or leave the page unsafely (the scan every build runs)", () => {
    const { pages, findings } = scanBuiltSite(dist(), base);
    expect(pages).toBe(site().htmlFiles().length);
    expect(findings).toEqual([]);
  });

  it("shows every published entry exactly once as a page, in the A–Z index, in its category and in search", () => {
    expect(completenessProblems(loadGlossary(content()), site())).toEqual([]);
  });
});

describe("each check fails on a site built to break it", () => {
  it("invalid HTML", async () => {
    const site = brokenCopy(TERM, inMain("<div><span>unclosed</div>"));
    expect((await htmlErrors(site)).some((error) => error.startsWith(TERM))).toBe(true);
  });

  it("a broken link and a broken fragment", () => {
    const site = brokenCopy(TERM, inMain('<a href="/glossary/terms/nope/">x</a><a href="#nowhere">y</a>'));
    expect(brokenLinks(site)).toEqual([
      `${TERM}: /glossary/terms/nope/ (no page)`,
      `${TERM}: /glossary/terms/k-means/#nowhere (no #nowhere)`,
    ]);
  });

  it("a page nothing links to", () => {
    const orphan = readFileSync(join(inject("fixtureDist"), TERM), "utf8");
    const site = brokenCopy("terms/orphan/index.html", () => orphan);
    expect(unreachablePages(site)).toEqual(["terms/orphan/index.html"]);
  });

  it("a duplicated title and a missing description", () => {
    const site = brokenCopy(TERM, (html) =>
      html
        .replace(/<title>[^<]*<\/title>/, "<title>Fixture Glossary</title>")
        .replace(/<meta name="description"[^>]*>/, ""),
    );
    const problems = headProblems(site, "https://example.test");
    expect(problems).toContain(`${TERM}: no meta description`);
    expect(problems.some((p) => p.includes("same title as"))).toBe(true);
  });

  it("an injected script, handler, javascript: link, frame, style, unguarded external link, refresh and JSON-LD", () => {
    const html = inMain(
      '<script>alert(1)</script><img src="x.png" alt="" onerror="alert(1)"><a href="javascript:alert(1)">x</a>' +
        '<iframe src="https://evil.example/"></iframe><style>body{display:none}</style><a href="https://example.org/">e</a>' +
        '<meta http-equiv="refresh" content="0; url=https://evil.example/">' +
        '<script type="application/ld+json">{"name": "<b>bold</b>"}</script>',
    )(readFileSync(join(inject("fixtureDist"), TERM), "utf8"));
    expect(unsafeMarkup(html, "/glossary/")).toHaveLength(8);
  });

  it("a missing entry", () => {
    const site = brokenCopy("index.html", (html) =>
      html.replace(/<dt><a href="\/glossary\/terms\/xylophone\/">.*?<\/dd>/s, ""),
    );
    const glossary = loadGlossary(join(projectRoot, "tests/fixtures/glossary"));
    expect(completenessProblems(glossary, site)).toEqual([
      "xylophone: 0 times in the A–Z index",
      "4 A–Z entries for 5 entries",
    ]);
  });

  it("a translation missing from its language's index, and a title shared with a page that is not a translation", () => {
    const translated = { dist: inject("translatedDist"), base: TRANSLATED_BASE };
    const missing = brokenCopy(
      "nl/index.html",
      (html) => html.replace(/<dt><a href="\/translated\/nl\/terms\/gpu\/">.*?<\/dd>/s, ""),
      translated,
    );
    expect(completenessProblems(loadGlossary(TRANSLATED_CONTENT), missing)).toEqual([
      "nl: gpu: 0 times in the A–Z index",
      "nl: 2 A–Z entries for 3 entries",
    ]);
    const twin = brokenCopy(
      "nl/terms/gpu/index.html",
      (html) => html.replace(/<title>[^<]*<\/title>/, "<title>Deep Learning · Translated Glossary</title>"),
      translated,
    );
    expect(headProblems(twin, TRANSLATED_ORIGIN)).toEqual([
      "nl/terms/gpu/index.html: same title as nl/terms/deep-learning/index.html",
      "terms/deep-learning/index.html: same title as nl/terms/gpu/index.html",
    ]);
  });
});
