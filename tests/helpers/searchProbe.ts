import type { Page } from "playwright-core";

/** One query and the URL the probe expects at the top of its results. */
export interface Probe {
  query: string;
  expected: string;
}

/** The outcome of one probe: where the expected page ranked (0 = first; -1 = absent) and what came first. */
export interface ProbeResult extends Probe {
  rank: number;
  first: string | undefined;
}

interface ProbeInstance {
  on(event: "results", callback: (results: { results: { data(): Promise<{ url: string }> }[] }) => void): void;
  triggerSearch(term: string): void;
}

/**
 * Runs queries through the search page's own Pagefind instance (the one its UI uses, with the site's ranking and
 * exact-name preference) and reports where each expected page landed among the first `depth` results.
 * `page` must be on the site's search page with search loaded.
 */
export function runProbes(page: Page, probes: Probe[], depth = 10): Promise<ProbeResult[]> {
  return page.evaluate(
    async ({ probes, depth }) => {
      const components = (
        window as unknown as {
          PagefindComponents: { getInstanceManager(): { getInstance(name: string): ProbeInstance } };
        }
      ).PagefindComponents;
      const instance = components.getInstanceManager().getInstance("page");
      let settle: ((results: { results: { data(): Promise<{ url: string }> }[] }) => void) | undefined;
      instance.on("results", (results) => settle?.(results));
      const outcomes = [];
      for (const probe of probes) {
        const arrived = new Promise<{ results: { data(): Promise<{ url: string }> }[] }>((resolve) => {
          settle = resolve;
        });
        instance.triggerSearch(probe.query);
        const { results } = await arrived;
        const urls = await Promise.all(results.slice(0, depth).map(async (result) => (await result.data()).url));
        outcomes.push({ ...probe, rank: urls.indexOf(probe.expected), first: urls[0] });
      }
      return outcomes;
    },
    { probes, depth },
  );
}
