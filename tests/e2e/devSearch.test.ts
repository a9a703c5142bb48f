import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { projectRoot } from "../helpers/astroBuild.ts";
import { type DevServer, startDevServer } from "../helpers/devServer.ts";

let server: DevServer;

beforeAll(async () => {
  server = await startDevServer(join(projectRoot, "tests/fixtures/glossary"));
}, 90_000);

afterAll(async () => {
  await server?.stop();
});

describe("search in the dev server", () => {
  it("serves an index built from the content, so search works before any build", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${server.url}search/?q=kernel%20trick`);
      await page.waitForSelector(".search-app pagefind-results .pf-result-link", { timeout: 20_000 });
      const first = await page.getAttribute(".search-app pagefind-results .pf-result-link", "href");
      expect(first).toBe("/glossary/terms/kernel-trick/");
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
