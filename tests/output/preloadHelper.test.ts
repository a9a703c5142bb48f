import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { SLIM_PRELOAD_HELPER } from "../../src/astro/preloadHelper.ts";

/**
 * The workaround of src/astro/preloadHelper.ts depends on Vite's private name for its preload helper. When an
 * upgrade renames it, the full helper comes back into every page, and these tests fail.
 */
describe("the preload helper of the built scripts", () => {
  const assets = join(inject("fixtureDist"), "_astro");
  const scripts = readdirSync(assets).filter((file) => file.endsWith(".js"));

  it("is the slim one, which only imports: no preloading, no stylesheet handling", () => {
    const helpers = scripts.filter((file) => file.startsWith("preload-helper."));
    expect(helpers).toHaveLength(1);
    const code = readFileSync(join(assets, helpers[0] ?? ""), "utf8");
    expect(code).not.toMatch(/modulepreload|stylesheet|nonce/);
    expect(gzipSync(code).length).toBeLessThan(120);
    expect(SLIM_PRELOAD_HELPER).toContain("load()");
  });

  it("is what the scripts pages load import, and nothing else of Vite's preloading is", () => {
    const importers = scripts.filter((file) => readFileSync(join(assets, file), "utf8").includes("./preload-helper."));
    expect(importers.some((file) => file.startsWith("SearchTrigger."))).toBe(true);
    expect(importers.some((file) => file.startsWith("TermPreviews."))).toBe(true);
    for (const file of scripts) expect(readFileSync(join(assets, file), "utf8"), file).not.toContain("modulepreload");
  });
});
