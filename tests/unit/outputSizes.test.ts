import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { outputSizes } from "../../scripts/lib/outputSizes.ts";

/** A built site of the given files (path → size in bytes). */
function site(files: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), "glossary-sizes-"));
  for (const [path, size] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), "x".repeat(size));
  }
  return dir;
}

describe("outputSizes", () => {
  it("counts the index of every search part as index, and Pagefind's other files as its runtime", () => {
    const sizes = outputSizes(
      site({
        "pagefind/fragment/en_1.pf_fragment": 100,
        "pagefind/index/en_1.pf_index": 10,
        "pagefind/pagefind-entry.json": 1,
        "pagefind/pagefind.js": 1000,
        "pagefind/part-2/fragment/en_2.pf_fragment": 200,
        "pagefind/part-2/filter/en_2.pf_filter": 20,
        "pagefind/part-2/pagefind.en_2.pf_meta": 2,
        "pagefind/part-2/pagefind-entry.json": 1,
        "pagefind/part-2/pagefind-ui.js": 3000,
      }),
    );
    expect(sizes.searchIndexBytes).toBe(100 + 10 + 1 + 200 + 20 + 2 + 1);
    expect(sizes.searchUiBytes).toBe(1000 + 3000);
  });

  it("counts the social cards apart from the pages, with how many there are", () => {
    const sizes = outputSizes(
      site({
        "cards/site.png": 40,
        "cards/terms/a.png": 50,
        "cards/nl/terms/a.png": 60,
        "terms/a/index.html": 7,
      }),
    );
    expect(sizes.cardBytes).toBe(150);
    expect(sizes.cards).toBe(3);
    expect(sizes.htmlBytes).toBe(7);
    expect(sizes.totalBytes).toBe(157);
  });
});
