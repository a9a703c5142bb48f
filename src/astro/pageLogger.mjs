// @ts-check
import nodeLogger from "astro/logger/node";

/**
 * Astro's Node.js logger without its line per built page (`├─ /terms/x/index.html (+4ms)`), which at 10,000 entries
 * buried everything else in 36,000 lines; every other line is kept. `pageLines` (`npm run build -- --verbose`, or
 * Astro's own `--verbose`) keeps those too. This is the one module that knows the shape of those lines: Astro writes
 * the page's path without a line end and, once the page is written, its time (or "restored", "cached") as a separate,
 * unformatted event. The build's tests fail if a page line, or its time, gets through.
 * @param {{ pageLines?: boolean, level?: import("astro").AstroLoggerLevel }} [config]
 * @returns {import("astro").AstroLoggerDestination}
 */
export default function quietPageLogger(config = {}) {
  const { pageLines: asked, ...nodeConfig } = config;
  const destination = nodeLogger(nodeConfig);
  const pageLines = asked || process.argv.includes("--verbose") || process.env.GLOSSARY_VERBOSE === "1";
  if (pageLines) return destination;
  // Pages render several at a time, so their times follow their paths in any order: count the paths not yet timed.
  let untimed = 0;
  return {
    write(event) {
      if (event.label === null && !event.newLine && /[├└]─/.test(event.message)) {
        untimed++;
        return;
      }
      const pageTime =
        event.label === "SKIP_FORMAT" && /\(\+[\d.]+\s*m?s\)|\((?:restored|cached)\)/.test(event.message);
      if (pageTime && untimed > 0) {
        untimed--;
        return;
      }
      destination.write(event);
    },
  };
}
