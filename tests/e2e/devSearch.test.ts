import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { projectRoot } from "../helpers/astroBuild.ts";
import { type DevServer, startDevServer } from "../helpers/devServer.ts";
import { optionsAt } from "../helpers/searchUi.ts";

const PAGE = "[data-search-page]";

let server: DevServer;

beforeAll(async () => {
  server = await startDevServer(join(projectRoot, "tests/fixtures/glossary"));
}, 90_000);

afterAll(async () => {
  await server?.stop();
});

describe("search in the dev server", () => {
  it("serves the name index and the text index built from the content, so search works before any build", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      // Names, with a typo forgiven, exactly as in a build.
      await page.goto(`${server.url}search/?q=kernal%20trick`);
      const names = await optionsAt(page, PAGE, "kernal trick", "done");
      expect(names[0]).toBe("/glossary/terms/kernel-trick/");
      // A word of a body only Pagefind's text index knows.
      await page.goto(`${server.url}search/?q=radial`);
      const text = await optionsAt(page, PAGE, "radial", "done");
      expect(text).toContain("/glossary/terms/kernel-trick/");
      expect(await page.textContent(`${PAGE} .search-option-excerpt`)).toContain("radial");
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
