import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AstroIntegrationLogger } from "astro";
import { afterEach, describe, expect, it } from "vitest";
import { outputScanIntegration } from "../../src/astro/outputScanIntegration.ts";
import { loadGlossary } from "../../src/core/content/glossary.ts";
import {
  pageDigest,
  pageSources,
  pagesPresent,
  scanNewPages,
  unsafeMarkup,
} from "../../src/core/publish/outputScan.ts";
import { projectRoot } from "../helpers/astroBuild.ts";

const BASE = "/glossary/";
const FIXTURE = join(projectRoot, "tests/fixtures/glossary");

/** A page shaped like the site's own: everything in it is what the site itself writes. */
function page(body = "", head = "") {
  return `<!DOCTYPE html><html lang="en"><head>
<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'">
<link rel="stylesheet" href="/glossary/_astro/BaseLayout.css">
<script type="module" src="/glossary/_astro/SearchTrigger.js"></script>
<script type="application/ld+json">{"@type": "DefinedTerm", "name": "k-means"}</script>${head}
</head><body><a href="/glossary/search/"><svg aria-hidden="true" viewBox="0 0 20 20"><circle cx="8" cy="8" r="5"></circle></svg>Search</a>
<main>${body}</main></body></html>`;
}

describe("the output scan", () => {
  it("finds nothing in what the site itself writes, an alias page's refresh included", () => {
    expect(unsafeMarkup(page(), BASE)).toEqual([]);
    expect(
      unsafeMarkup(page("", '<meta http-equiv="refresh" content="0; url=/glossary/terms/k-means/">'), BASE),
    ).toEqual([]);
    expect(unsafeMarkup(page('<a href="https://example.org/" rel="noopener noreferrer">x</a>'), BASE)).toEqual([]);
  });

  it.each([
    ["<script>alert(1)</script>", "script: <script>alert(1)"],
    ['<script type="module" src="https://evil.example/x.js"></script>', "script: "],
    ['<script type="module" src="/glossary/_astro/x.js">alert(1)</script>', "script: "],
    ['<script type="application/ld+json">{"name": "</script>"}</script>', "script: "],
    ['<img src="x.png" alt="" onerror="alert(1)">', "handler: <img onerror>"],
    ["<img/src=x/onerror=alert(1)>", undefined],
    ['<img/src="x"/onerror=alert(1)>', "handler: <img onerror>"],
    ['<a href="JaVa&#09;ScRiPt:alert(1)">x</a>', "script address: <a href="],
    ['<img srcset="a.png 1x, javascript:alert(1) 2x">', "script address: <img srcset="],
    ['<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', "script address: <a xlink:href="],
    ["<svg><animate attributeName=href values=javascript:alert(1) /></svg>", "script address: <animate values="],
    ['<button formaction="javascript:alert(1)">x</button>', "script address: <button formaction="],
    ['<object data="x.swf"></object>', "object: "],
    ['<iframe src="https://evil.example/"></iframe>', "iframe: "],
    ["<embed src=x.swf>", "embed: "],
    ["<frameset><frame src=x></frameset>", undefined],
    ['<base href="https://evil.example/">', "base: "],
    ['<form action="https://evil.example/"><input type="password"></form>', "form: "],
    ["<style>body{display:none}</style>", "style: "],
    ['<link rel="stylesheet" href="https://evil.example/x.css">', "link outside the head: "],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/">', "meta http-equiv other than"],
    ['<meta http-equiv="Refresh" content="0; url=/glossary/terms/k-means/">', "meta http-equiv other than"],
    ['<a href="https://example.org/">e</a>', 'external link without rel="noopener noreferrer"'],
    ["<template><img src=x onerror=alert(1)></template>", "handler: <img onerror>"],
  ])("finds %s, as a browser reads it", (snippet, finding) => {
    // A browser reads `<img/src=x/onerror=…>` as one `src`, and drops a frameset inside a body.
    expect(unsafeMarkup(page(snippet), BASE)).toEqual(finding === undefined ? [] : [expect.stringContaining(finding)]);
  });

  it("finds a script of a type the site does not write (a template), and a refresh elsewhere in the head", () => {
    const template = '<script type="text/pagefind-template"><img src=x onerror=alert(1)></script>';
    expect(unsafeMarkup(page(template), BASE)).toEqual([expect.stringContaining("script: <script")]);
    const refresh = '<meta http-equiv="refresh" content="0; url=https://evil.example/">';
    expect(unsafeMarkup(page("", refresh), BASE)).toEqual([expect.stringContaining("meta http-equiv other than")]);
  });

  it("names the entry file of entry pages and alias pages, in sub-folders too", () => {
    const sources = pageSources(loadGlossary(FIXTURE));
    expect(sources.get("terms/k-means/index.html")).toBe("terms/k-means.md");
    expect(sources.get("terms/bigram/index.html")).toBe("terms/extra/2-gram.md");
  });
});

describe("the output scan integration", () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  /** Runs the integration's hooks as a build would, on a folder of pages written as given. */
  function build(pages: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), "glossary-output-scan-"));
    folders.push(dir);
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), html);
    }
    const logged: string[] = [];
    const logger = { info: (line: string) => logged.push(line) } as unknown as AstroIntegrationLogger;
    const cacheDir = mkdtempSync(join(tmpdir(), "glossary-output-scan-cache-"));
    folders.push(cacheDir);
    const integration = outputScanIntegration({ contentRoot: FIXTURE });
    const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
    const config = {
      base: BASE,
      cacheDir: pathToFileURL(`${cacheDir}/`),
      root: pathToFileURL(projectRoot),
      outDir: pathToFileURL(`${dir}/`),
    };
    hooks["astro:config:done"]?.({ config });
    const run = async () => {
      await hooks["astro:build:done"]?.({ dir: pathToFileURL(`${dir}/`), logger });
    };
    return { run, logged, dir, start: () => hooks["astro:build:start"]?.({ logger }) };
  }

  it("scans pages while they are written, in a worker thread, and still fails the build for an unsafe one", async () => {
    const { run, start, dir } = build({ "index.html": page() });
    start();
    writeFileSync(join(dir, "early.html"), page("<p>written first</p>"));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    mkdirSync(join(dir, "terms/k-means"), { recursive: true });
    writeFileSync(join(dir, "terms/k-means/index.html"), page("<iframe src=//evil.example/></iframe>"));
    await expect(run()).rejects.toThrow(/terms\/k-means\/index\.html \(from .*k-means\.md\): iframe/);
  });

  it("parses again only the pages whose bytes it has not found clean before, and still fails a changed one", async () => {
    const { run, logged, dir } = build({ "index.html": page(), "terms/k-means/index.html": page("<p>k-means</p>") });
    await run();
    await run();
    expect(logged[1]).toMatch(
      /^Scanned 2 pages for unsafe markup in \d+\.\d\ds \(2 of them as they were written, or found clean before/,
    );
    writeFileSync(join(dir, "terms/k-means/index.html"), page("<p onclick=alert(1)>k-means</p>"));
    await expect(run()).rejects.toThrow(/terms\/k-means\/index\.html \(from .*k-means\.md\): handler: <p onclick>/);
    expect(logged[2]).toMatch(/\(1 of them as they were written, or found clean before/);
    await expect(run()).rejects.toThrow(/handler: <p onclick>/);
  });

  it("passes the site's own pages and says how many it scanned", async () => {
    const { run, logged } = build({ "index.html": page(), "terms/k-means/index.html": page("<p>k-means</p>") });
    await expect(run()).resolves.toBeUndefined();
    expect(logged).toEqual([expect.stringMatching(/^Scanned 2 pages for unsafe markup in \d+\.\d\ds$/)]);
  });

  it("fails the build naming each page and the entry file it came from, one line each, without a stack trace", async () => {
    const { run } = build({
      "index.html": page(),
      "terms/k-means/index.html": page('<img src="x" onerror="alert(1)"><a href="javascript:alert(1)">x</a>'),
      "terms/bigram/index.html": page('<meta http-equiv="refresh" content="0;url=https://evil.example/">'),
      "categories/basics/index.html": page("<iframe src=//evil.example/></iframe>"),
    });
    let error: Error | undefined;
    try {
      await run();
    } catch (thrown) {
      error = thrown as Error;
    }
    expect(error?.name).toBe("UnsafeOutputError");
    expect(error?.stack).toBe("");
    expect(error?.message.split("\n")).toEqual([
      "The built site has markup that could run script or leave the page unsafely (4 findings); nothing was published:",
      'categories/basics/index.html: iframe: <iframe src="//evil.example/">',
      'terms/bigram/index.html (from tests/fixtures/glossary/terms/extra/2-gram.md): meta http-equiv other than the CSP or a refresh to a page of the site: <meta http-equiv="refresh" content="0;url=https://evil.example/">',
      "terms/k-means/index.html (from tests/fixtures/glossary/terms/k-means.md): handler: <img onerror>",
      'terms/k-means/index.html (from tests/fixtures/glossary/terms/k-means.md): script address: <a href="javascript:alert(1)">',
    ]);
  });
});

describe("scanning pages while a build writes them", () => {
  it("scans each page once it is written to its end, again when it changes, and keeps results by digest", () => {
    const dir = mkdtempSync(join(tmpdir(), "glossary-scan-new-"));
    try {
      const seen = new Map<string, string>();
      const results = new Map<string, string[]>();
      const whole = page("<p>k-means</p>");
      writeFileSync(join(dir, "a.html"), whole.slice(0, 200));
      scanNewPages(dir, BASE, seen, results);
      expect(results.size).toBe(0);
      writeFileSync(join(dir, "a.html"), whole);
      scanNewPages(dir, BASE, seen, results);
      expect([...results.values()]).toEqual([[]]);
      writeFileSync(join(dir, "a.html"), page("<p onclick=alert(1)>k-means</p>"));
      scanNewPages(dir, BASE, seen, results);
      expect(results.size).toBe(2);
      expect(results.get(pageDigest(readFileSync(join(dir, "a.html")), BASE))).toEqual(["handler: <p onclick>"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves the pages already there when it starts to the end of the build, unless they are written again", () => {
    const dir = mkdtempSync(join(tmpdir(), "glossary-scan-present-"));
    try {
      writeFileSync(join(dir, "kept.html"), page("<p onclick=alert(1)>kept</p>"));
      writeFileSync(join(dir, "rewritten.html"), page("<p>before</p>"));
      const seen = pagesPresent(dir);
      expect([...seen.keys()]).toEqual(["kept.html", "rewritten.html"]);
      const results = new Map<string, string[]>();
      scanNewPages(dir, BASE, seen, results);
      expect(results.size).toBe(0);
      writeFileSync(join(dir, "rewritten.html"), page("<p>after, and longer</p>"));
      scanNewPages(dir, BASE, seen, results);
      expect([...results.values()]).toEqual([[]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
