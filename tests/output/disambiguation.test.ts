import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NAME_INDEX_FOLDER } from "../../src/search/nameIndexFolder.ts";
import { NameIndexReader } from "../../src/search/nameLookup.ts";
import type { BuiltSite } from "../helpers/builtSite.ts";
import { BASE, fixtureSite } from "../helpers/fixtureSite.ts";

let site: BuiltSite;

beforeAll(() => {
  site = fixtureSite();
});

/**
 * The fixture glossary's k-means and Kernel Trick both have the alias KM, marked ambiguous in each: the built site
 * must give KM a page listing both, find both first for "KM", and link KM to neither.
 */
describe("a name two entries share", () => {
  it("has a page at its address listing every entry it may mean, with its definition", () => {
    const page = site.page(`${BASE}terms/km/`);
    expect(page.querySelector("h1")?.textContent).toBe("KM may mean");
    const links = page.querySelectorAll("main dl.term-list dt a").map((a) => [a.getAttribute("href"), a.textContent]);
    expect(links).toEqual([
      [`${BASE}terms/k-means/`, "k-means"],
      [`${BASE}terms/kernel-trick/`, "Kernel Trick"],
    ]);
    const definitions = page.querySelectorAll("main dl.term-list dd").map((dd) => dd.textContent);
    expect(definitions[0]).toMatch(/^A clustering method/);
    expect(definitions[1]).toMatch(/^A way to use a linear method/);
    expect(page.querySelector('meta[http-equiv="refresh"]')).toBeNull();
  });

  it("is a full page of the site with the site's furniture, not a redirect", () => {
    const page = site.page(`${BASE}terms/km/`);
    expect(page.querySelector("header")).not.toBeNull();
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toMatch(/\/glossary\/terms\/km\/$/);
  });

  it("lists both entries first when searched by name", async () => {
    const names = new NameIndexReader(async (path) =>
      JSON.parse(readFileSync(join(site.dir, NAME_INDEX_FOLDER, path), "utf8")),
    );
    const found = await names.find("KM");
    expect(
      found
        .slice(0, 2)
        .map((term) => term.slug)
        .sort(),
    ).toEqual(["k-means", "kernel-trick"]);
  });

  it("keeps each entry's page listing KM among its other names", () => {
    const aliases = site
      .page(`${BASE}terms/kernel-trick/`)
      .querySelectorAll(".aliases li")
      .map((li) => li.textContent);
    expect(aliases).toContain("KM");
  });
});
