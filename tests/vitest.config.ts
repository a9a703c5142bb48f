import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit`, fast tests of the core; `site`, tests on built sites (the fixture and the sample glossary,
 * built once): the HTML output, and end-to-end tests in headless Chromium.
 */
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    projects: [
      // The command-line tests start Node several times in one test: on a loaded two-core machine that can pass
      // vitest's default 5 s, which says nothing about the code.
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 20_000 } },
      {
        test: {
          name: "site",
          include: ["tests/output/**/*.test.ts", "tests/e2e/**/*.test.ts", "tests/quality/**/*.test.ts"],
          globalSetup: ["tests/helpers/buildSites.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
