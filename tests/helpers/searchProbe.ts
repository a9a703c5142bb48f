import type { Page } from "playwright-core";
import { runSearchProbes } from "../../scripts/lib/firstSearch.ts";

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

/**
 * Runs queries through the header's search dialog, as the benchmark does (scripts/lib/firstSearch.ts), and reports
 * where each expected page landed among the options listed at `stage`. `page` must have the dialog open.
 */
export async function runProbes(
  page: Page,
  probes: Probe[],
  stage: "names" | "done" = "names",
): Promise<ProbeResult[]> {
  const outcomes = await runSearchProbes(
    page,
    probes.map(({ query, expected }) => ({ query, urls: [expected] })),
    stage,
  );
  return probes.map((probe, index) => ({ ...probe, rank: outcomes[index]?.rank ?? -1, first: outcomes[index]?.first }));
}
