import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { SEARCH_JOB_VARIABLE } from "../search/searchJob.ts";
import { writeNameIndex } from "./nameIndexWriter.ts";

/**
 * Writes the name index of a production build once its pages are built (src/astro/nameIndexWriter.ts). Under
 * `npm run build` (SEARCH_JOB_VARIABLE set) the command writes it instead, with the search index, once this process
 * has ended and its memory is free.
 */
export function nameIndexIntegration(): AstroIntegration {
  return {
    name: "glossary-name-index",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        if (process.env[SEARCH_JOB_VARIABLE]) {
          logger.info("The name index is written once this process has ended");
          return;
        }
        logger.info(writeNameIndex(fileURLToPath(dir)));
      },
    },
  };
}
