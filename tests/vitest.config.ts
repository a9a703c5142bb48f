import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Two projects: fast unit tests of the core, and tests on a site built from the fixture glossary. */
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        test: {
          name: "output",
          include: ["tests/output/**/*.test.ts"],
          globalSetup: ["tests/output/buildFixture.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
