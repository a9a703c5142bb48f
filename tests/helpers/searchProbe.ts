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

/**
 * Runs queries through the header's search dialog, as a reader typing them would, and reports where each expected
 * page landed among the options listed at `stage` ("names": what shows at the last key; "done": after typo matching
 * and the text). `page` must have the dialog open.
 */
export function runProbes(page: Page, probes: Probe[], stage: "names" | "done" = "names"): Promise<ProbeResult[]> {
  return page.evaluate(
    async ({ probes, stage }) => {
      const dialog = document.querySelector("dialog.search-dialog[open]");
      const input = dialog?.querySelector<HTMLInputElement>("[role=combobox]");
      const listbox = dialog?.querySelector<HTMLElement>("[role=listbox]");
      if (!input || !listbox) throw new Error("the search dialog is not open");
      const settled = (query: string) =>
        new Promise<void>((resolve) => {
          const check = () => {
            if (listbox.dataset.query === query && listbox.dataset.stage === stage) resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
      const outcomes = [];
      for (const probe of probes) {
        input.value = probe.query;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await settled(probe.query.trim());
        const urls = [...listbox.querySelectorAll("[role=option]")].map((option) => option.getAttribute("href"));
        outcomes.push({ ...probe, rank: urls.indexOf(probe.expected), first: urls[0] ?? undefined });
      }
      return outcomes;
    },
    { probes, stage },
  );
}
