import type { Measured } from "./processTree.ts";

/** Where the time of one `astro build` went, in milliseconds, read from the times its log lines appeared. */
export interface BuildPhases {
  /** Start-up and configuration, until content syncing starts. */
  startup: number;
  /** Content layer: loading, validating and rendering the Markdown of every entry. */
  contentSync: number;
  /** Vite bundling of the site's code and styles. */
  bundling: number;
  /** Rendering every page to HTML. */
  pageRendering: number;
  /** Pagefind indexing, as the search integration reports it. */
  searchIndex: number;
}

/** Reads the phases of a build from its output (Astro's and the search integration's log lines). */
export function buildPhases({ lines }: Pick<Measured, "lines">): BuildPhases {
  const at = (pattern: RegExp, after = 0) => lines.find((line) => line.ms >= after && pattern.test(line.text))?.ms;
  const syncStart = at(/\[content\] Syncing content/) ?? 0;
  const syncEnd = at(/\[content\] Synced content/) ?? syncStart;
  const routesStart = at(/generating static routes/) ?? syncEnd;
  const routesEnd = at(/✓ Completed in/, routesStart + 1) ?? routesStart;
  const indexed = lines
    .map((line) =>
      /(?:Indexed|search index of) \d+ (?:unchanged )?term pages (?:for search )?in ([\d.]+)s/.exec(line.text),
    )
    .find(Boolean);
  return {
    startup: syncStart,
    contentSync: syncEnd - syncStart,
    bundling: routesStart - syncEnd,
    pageRendering: routesEnd - routesStart,
    searchIndex: indexed ? Number(indexed[1]) * 1000 : Number.NaN,
  };
}
