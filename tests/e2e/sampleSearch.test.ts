import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadGlossary, publishedEntries } from "../../src/core/content/glossary.ts";
import { projectRoot } from "../helpers/astroBuild.ts";
import { runProbes } from "../helpers/searchProbe.ts";
import { DIALOG } from "../helpers/searchUi.ts";
import { SiteBrowser } from "../helpers/siteBrowser.ts";

const entries = publishedEntries(loadGlossary(join(projectRoot, "content")));
const url = (slug: string) => `/terms/${slug}/`;
let site: SiteBrowser;
let page: Page;

beforeAll(async () => {
  site = await SiteBrowser.open(inject("sampleDist"), "/");
  page = await site.visit();
  await page.keyboard.press("/");
  await page.waitForSelector(DIALOG);
});

afterAll(async () => {
  await site?.close();
});

/** Lists the probes whose expected page did not come first, with what came first instead. */
const misses = (results: Awaited<ReturnType<typeof runProbes>>) =>
  results.filter((result) => result.rank !== 0).map((r) => `${r.query} → ${r.first} (expected at ${r.rank})`);

describe("search over the whole sample glossary", () => {
  it("lists every term first when its exact name is searched", async () => {
    const results = await runProbes(
      page,
      entries.map((entry) => ({ query: entry.data.title, expected: url(entry.slug) })),
    );
    expect(results).toHaveLength(entries.length);
    expect(misses(results)).toEqual([]);
  });

  it("does so in lower case too", async () => {
    const results = await runProbes(
      page,
      entries.map((entry) => ({ query: entry.data.title.toLowerCase(), expected: url(entry.slug) })),
    );
    expect(misses(results)).toEqual([]);
  });

  it("lists a term first when one of its aliases is searched", async () => {
    const probes = entries.flatMap((entry) =>
      entry.data.aliases.map((query) => ({ query, expected: url(entry.slug) })),
    );
    expect(probes.length).toBeGreaterThan(40);
    expect(misses(await runProbes(page, probes))).toEqual([]);
  });

  it("lists at least 95 % of titles of six letters or more in the first three with one letter dropped", async () => {
    const probes = entries
      .filter((entry) => entry.data.title.length >= 6)
      .map((entry) => {
        const title = entry.data.title;
        const at = Math.floor(title.length / 2);
        return { query: title.slice(0, at) + title.slice(at + 1), expected: url(entry.slug) };
      });
    expect(probes.length).toBeGreaterThan(40);
    const results = await runProbes(page, probes, "done");
    const found = results.filter((result) => result.rank >= 0 && result.rank < 3);
    expect(found.length / probes.length, misses(results).join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("logged no console errors", () => {
    expect(site.errors).toEqual([]);
  });
});
