import { describe, expect, it } from "vitest";
import { collatorFor, compareTitles, sortByTitle } from "../../src/core/graph/collation.ts";

const titles = (items: string[]) => sortByTitle(items.map((title) => ({ title }))).map((item) => item.title);

describe("collation", () => {
  it("ignores case", () => {
    expect(titles(["beta", "Alpha", "alpha2", "Gamma"])).toEqual(["Alpha", "alpha2", "beta", "Gamma"]);
  });

  it("ignores accents, so Ångström sorts among the A terms", () => {
    expect(titles(["Bias", "Ångström", "Attention", "Zeta"])).toEqual(["Ångström", "Attention", "Bias", "Zeta"]);
  });

  it("puts k-means before Kernel trick", () => {
    expect(titles(["Kernel trick", "k-means"])).toEqual(["k-means", "Kernel trick"]);
  });

  it("orders numbers by value", () => {
    expect(titles(["GPT-10", "GPT-2", "GPT-1"])).toEqual(["GPT-1", "GPT-2", "GPT-10"]);
  });

  it("breaks ties between titles that differ only in case or accent, so the order is total", () => {
    expect(compareTitles("resume", "Resume")).not.toBe(0);
    expect(compareTitles("resume", "Resume")).toBe(-compareTitles("Resume", "resume"));
    expect(titles(["résumé", "Resume", "resume"])).toEqual(titles(["resume", "résumé", "Resume"]));
  });

  it("sorts Dutch ij as i followed by j, as Van Dale does, the ligature ĳ with it", () => {
    const dutch = (items: string[]) =>
      sortByTitle(
        items.map((title) => ({ title })),
        "nl",
      ).map((item) => item.title);
    expect(dutch(["IJsselmeer", "Jas", "Ierland", "Ivoor", "Iglo", "Yoghurt", "Ik"])).toEqual([
      "Ierland",
      "Iglo",
      "IJsselmeer",
      "Ik",
      "Ivoor",
      "Jas",
      "Yoghurt",
    ]);
    expect(dutch(["ĳzer", "ijs", "Ĳsland", "ik"])).toEqual(["ijs", "Ĳsland", "ĳzer", "ik"]);
    expect(collatorFor("nl").compare("ĳs", "ijs")).toBe(0);
    expect(compareTitles("ĳs", "ijs", "nl")).not.toBe(0);
  });

  it("does not change the input", () => {
    const input = [{ title: "b" }, { title: "a" }];
    sortByTitle(input);
    expect(input.map((item) => item.title)).toEqual(["b", "a"]);
  });
});
