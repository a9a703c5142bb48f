import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../src/core/content/glossary.ts";
import { glossaryMentions, type LocatedMention, type MentionMemo } from "../../src/core/graph/markdownMentions.ts";
import { projectRoot } from "../helpers/astroBuild.ts";

/** A memo that counts what it was asked and told. */
function countingMemo(kept = new Map<string, LocatedMention[]>()) {
  const counts = { hits: 0, misses: 0, sets: 0 };
  const memo: MentionMemo = {
    get: (key) => {
      const found = kept.get(key);
      if (found) counts.hits++;
      else counts.misses++;
      return found;
    },
    set: (key, mentions) => {
      counts.sets++;
      kept.set(key, mentions);
    },
  };
  return { memo, counts, kept };
}

describe("mentions remembered between builds", () => {
  const glossary = loadGlossary(`${projectRoot}content`);
  const plain = glossaryMentions(glossary);

  it("are the mentions found without a memo, and are all taken from it when nothing changed", () => {
    const first = countingMemo();
    expect(glossaryMentions(glossary, first.memo)).toEqual(plain);
    expect(first.counts.hits).toBe(0);
    const again = countingMemo(first.kept);
    expect(glossaryMentions(glossary, again.memo)).toEqual(plain);
    expect(again.counts).toEqual({ hits: first.counts.sets, misses: 0, sets: 0 });
    expect(plain.size).toBeGreaterThan(10);
  });

  it("are looked for again in an edited body only, and in every body once a name changed", () => {
    const { kept } = countingMemo();
    glossaryMentions(glossary, countingMemo(kept).memo);
    const [first, ...rest] = glossary.entries;
    if (!first) throw new Error("no entries");
    const edited = { ...glossary, entries: [{ ...first, body: `${first.body}\nOne more sentence.\n` }, ...rest] };
    const afterEdit = countingMemo(kept);
    glossaryMentions(edited, afterEdit.memo);
    expect(afterEdit.counts.sets).toBe(1);
    const renamed = {
      ...glossary,
      entries: [{ ...first, data: { ...first.data, title: `${first.data.title} renamed` } }, ...rest],
    };
    const afterRename = countingMemo(kept);
    const mentions = glossaryMentions(renamed, afterRename.memo);
    expect(afterRename.counts.hits).toBe(0);
    expect(mentions).toEqual(glossaryMentions(renamed));
  });
});
