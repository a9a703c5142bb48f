import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { errorsOf, loadGlossary } from "../../src/core/content/glossary.ts";
import { glossaryMentions } from "../../src/core/graph/markdownMentions.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A two-entry glossary in `language` whose second body mentions the first in the plural. */
function glossaryIn(language: string, body: string) {
  const root = mkdtempSync(join(tmpdir(), "mentions-"));
  roots.push(root);
  mkdirSync(join(root, "terms"));
  writeFileSync(join(root, "site.yaml"), `language: ${language}\n`);
  writeFileSync(join(root, "categories.yaml"), "- id: basis\n  title: Basis\n  description: De basis.\n");
  const entry = (title: string, text: string) =>
    `---\ntitle: ${title}\ndescription: Een korte definitie.\ncategory: basis\nlevel: beginner\npublished: 2026-01-01\n---\n\n${text}\n`;
  writeFileSync(join(root, "terms/netwerk.md"), entry("Netwerk", "Een netwerk verbindt computers."));
  writeFileSync(join(root, "terms/leren.md"), entry("Leren", body));
  const glossary = loadGlossary(root);
  expect(errorsOf(glossary)).toEqual([]);
  return glossary;
}

/** The texts and targets of the mentions the site would link in the second entry. */
function mentionsIn(language: string, body: string): [string, string][] {
  const found = glossaryMentions(glossaryIn(language, body)).get("terms/leren.md") ?? [];
  return found.map((mention) => [mention.text, mention.slug]);
}

describe("mentions in a Dutch glossary", () => {
  it("link a Dutch plural to its singular entry", () => {
    expect(mentionsIn("nl", "Alle netwerken leren van voorbeelden.")).toEqual([["netwerken", "netwerk"]]);
  });

  it("use the glossary's language: English rules do not make Dutch plurals", () => {
    expect(mentionsIn("en", "Alle netwerken leren van voorbeelden.")).toEqual([]);
    expect(mentionsIn("de", "Alle netwerken leren van voorbeelden.")).toEqual([]);
  });
});
