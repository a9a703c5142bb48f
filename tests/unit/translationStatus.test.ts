import { describe, expect, it } from "vitest";
import { translationStatus } from "../../src/core/checks/translationStatus.ts";
import { loadGlossary } from "../../src/core/content/glossary.ts";
import { basicEntry, dutchTranslation } from "../helpers/entryText.ts";
import { temporaryFolders } from "../helpers/temporaryFolders.ts";

const folder = temporaryFolders("translation-status");

const CATEGORIES =
  "- id: basics\n  title: Basics\n  description: First ideas.\n- id: methods\n  title: Methods\n  description: Ways of working.\n";

const entry = (title: string, extra: string[] = []) => basicEntry(title, extra);

const dutch = (title: string, extra: string[] = []) => dutchTranslation(title, extra);

/**
 * Five entries (one a draft, one in a sub-folder, two changed after their translation): alpha translated and up to
 * date, beta translated before its entry's last change, gamma with a translation that has errors, delta and epsilon
 * not translated, the draft translated but not counted.
 */
function glossary() {
  return loadGlossary(
    folder({
      "site.yaml": "translations: [nl, de]\n",
      "categories.yaml": CATEGORIES,
      "terms/alpha.md": entry("Alpha", ["updated: 2026-05-01"]),
      "terms/beta.md": entry("Beta", ["updated: 2026-06-02"]),
      "terms/gamma.md": entry("Gamma"),
      "terms/more/delta.md": entry("Delta"),
      "terms/epsilon.md": entry("Epsilon"),
      "terms/draft.md": entry("Draft", ["draft: true", "updated: 2026-09-09"]),
      "nl/terms/alpha.md": dutch("Alfa"),
      "nl/terms/beta.md": dutch("Bèta", ["updated: 2026-05-20"]),
      "nl/terms/gamma.md": dutch("Gamma", ["level: advanced"]),
      "nl/terms/draft.md": dutch("Concept"),
      "nl/categories.yaml": "- id: methods\n  title: Methoden\n  description: Werkwijzen.\n",
    }),
  );
}

describe("translationStatus", () => {
  it("lists the published entries without a translation file, with the file to create", () => {
    const status = translationStatus(glossary(), "nl");
    expect(status?.published).toBe(5);
    expect(status?.translated).toEqual(["alpha", "beta", "gamma"]);
    expect(status?.missing).toEqual([
      { slug: "epsilon", title: "Epsilon", file: "nl/terms/epsilon.md", entryFile: "terms/epsilon.md" },
      { slug: "delta", title: "Delta", file: "nl/terms/delta.md", entryFile: "terms/more/delta.md" },
    ]);
  });

  it("lists the translations older than their published entry's last change, with both dates", () => {
    expect(translationStatus(glossary(), "nl")?.stale).toEqual([
      {
        slug: "beta",
        file: "nl/terms/beta.md",
        entryFile: "terms/beta.md",
        translated: "2026-05-20",
        entryChanged: "2026-06-02",
      },
    ]);
  });

  it("names the categories the language's categories.yaml leaves out", () => {
    const status = translationStatus(glossary(), "nl");
    expect(status?.categories).toBe(2);
    expect(status?.untranslatedCategories).toEqual(["basics"]);
  });

  it("counts everything as missing in a language with no folder yet", () => {
    const status = translationStatus(glossary(), "de");
    expect(status?.translated).toEqual([]);
    expect(status?.missing.map((missing) => missing.file)).toEqual([
      "de/terms/alpha.md",
      "de/terms/beta.md",
      "de/terms/epsilon.md",
      "de/terms/gamma.md",
      "de/terms/delta.md",
    ]);
    expect(status?.untranslatedCategories).toEqual(["basics", "methods"]);
  });

  it("has nothing for a language the glossary is not translated into, nor for its own", () => {
    const loaded = glossary();
    expect(translationStatus(loaded, "fr")).toBeUndefined();
    expect(translationStatus(loaded, "en")).toBeUndefined();
  });
});
