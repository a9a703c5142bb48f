import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The base path the Dutch glossary's `site.yaml` sets. */
export const DUTCH_BASE = "/woorden/";

/**
 * Writes a small glossary written in Dutch, with `language: nl` and no translations, two entries a list page (so its
 * A–Z index and a category are split into pages), and returns its folder.
 */
export function writeDutchGlossary(): string {
  const dir = mkdtempSync(join(tmpdir(), "glossary-dutch-content-"));
  writeFileSync(
    join(dir, "site.yaml"),
    [
      "title: Testwoordenlijst",
      "language: nl",
      "url: https://example.test/woorden/",
      "repository: https://github.com/example/woorden",
      "listPageSize: 2",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "categories.yaml"),
    [
      "- id: basis",
      "  title: Basis",
      "  description: Begrippen die iedereen als eerste tegenkomt.",
      "- id: methoden",
      "  title: Methoden",
      "  description: Manieren om dingen te doen.",
      "- id: leeg",
      "  title: Lege plank",
      "  description: Een categorie zonder begrippen.",
      "",
    ].join("\n"),
  );
  const entries: Record<string, string[]> = {
    ijkset: [
      "title: IJkset",
      "description: Een vaste verzameling voorbeelden waarmee modellen worden vergeleken.",
      "category: basis",
      "level: beginner",
      "published: 2025-02-03",
      "updated: 2025-03-10",
      "aliases: [referentieset]",
      "related: [inbedding]",
      "sources:",
      "  - title: Een bron over ijksets",
      "    url: https://example.test/bron",
    ],
    inbedding: [
      "title: Inbedding",
      "description: Een reeks getallen die de betekenis van een woord vastlegt.",
      "category: methoden",
      "level: intermediate",
      "published: 2025-01-06",
      "related: [ijkset]",
    ],
    "neuraal-netwerk": [
      "title: Neuraal netwerk",
      "description: Een model van lagen rekeneenheden die samen leren.",
      "category: methoden",
      "level: advanced",
      "published: 2024-12-30",
    ],
    tokenisatie: [
      "title: Tokenisatie",
      "description: Het opdelen van tekst in kleine stukjes voor een model.",
      "category: basis",
      "level: beginner",
      "published: 2025-01-20",
    ],
    aandacht: [
      "title: Aandacht",
      "description: Een manier waarop een model kiest welke delen van de invoer tellen.",
      "category: methoden",
      "level: intermediate",
      "published: 2025-02-10",
    ],
  };
  mkdirSync(join(dir, "terms"));
  for (const [slug, lines] of Object.entries(entries)) {
    const body = `Zie ook [neuraal netwerk](/terms/neuraal-netwerk/) en [tokenisatie](/terms/tokenisatie/).\n`;
    writeFileSync(join(dir, "terms", `${slug}.md`), `---\n${lines.join("\n")}\n---\n\n${body}`);
  }
  return dir;
}
