import { describe, expect, it } from "vitest";
import { between, pick, seededRandom } from "../../scripts/lib/random.ts";
import { MentionIndex, type MentionName } from "../../src/core/graph/mentions.ts";

const VOCABULARY = ["rate", "model", "machine", "transfer", "deep", "agent", "prior", "matrix", "action", "policy"];

/** `count` names that all start with "learning", as in real glossaries: "Learning rate 12", "Learning agent prior 7". */
function sharedFirstWordNames(count: number): MentionName[] {
  const random = seededRandom(count);
  return Array.from({ length: count }, (_, i) => ({
    slug: `name-${i}`,
    name: [
      "Learning",
      ...Array.from({ length: between(random, 1, 2) }, () => pick(random, VOCABULARY)),
      String(i),
    ].join(" "),
  }));
}

/** A text full of the shared first word, which none of the names completes: the worst case for a matcher. */
const TEXT = Array.from({ length: 4_000 }, (_, i) => `learning ${VOCABULARY[i % VOCABULARY.length]}`).join(" and ");

/** The fastest of a few timed runs of finding every mention in TEXT with an index of `names`. */
function fastestFind(names: MentionName[]): number {
  const index = new MentionIndex(names);
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    index.find(TEXT, () => true);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/**
 * The cost of finding mentions must not grow with the number of names that share a first word: each position of a
 * text costs at most the longest name's words. A ratio, not a time: doubling the names twice over must leave the
 * work about the same (a matcher that compares every name starting with the word at hand quadruples it).
 */
describe("finding mentions", () => {
  it("costs the same however many names share their first word", () => {
    fastestFind(sharedFirstWordNames(100));
    const few = fastestFind(sharedFirstWordNames(500));
    const many = fastestFind(sharedFirstWordNames(2_000));
    expect(many / few).toBeLessThan(2);
  });

  it("still finds the longest name, also in the plural", () => {
    const index = new MentionIndex([
      { slug: "learning", name: "Learning" },
      { slug: "learning-rate", name: "Learning rate" },
      { slug: "learning-rate-schedule", name: "Learning rate schedule" },
    ]);
    const found = index.find("Two learning rate schedules and a learning rates table, then learning.", () => true);
    expect(found.map(({ text, slug }) => [text, slug])).toEqual([
      ["learning rate schedules", "learning-rate-schedule"],
      ["learning rates", "learning-rate"],
      ["learning", "learning"],
    ]);
  });
});
