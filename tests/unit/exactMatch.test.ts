import { describe, expect, it } from "vitest";
import { nameKey } from "../../src/core/content/nameKey.ts";
import { exactFirst, nameToken, nameTokens } from "../../src/search/exactMatch.ts";

describe("nameKey", () => {
  it("ignores case, accents, punctuation and spacing", () => {
    expect(nameKey("  K-Means ")).toBe("k means");
    expect(nameKey("Ångström")).toBe("angstrom");
    expect(nameKey("Chain-of-Thought   Prompting")).toBe("chain of thought prompting");
    expect(nameKey("?!")).toBe("");
  });
});

describe("nameToken", () => {
  it("is one lowercase alphanumeric word, the same for every spelling of a name", () => {
    const token = nameToken("Reinforcement Learning");
    expect(token).toMatch(/^qx[0-9a-z]+$/);
    expect(nameToken("reinforcement  learning")).toBe(token);
    expect(nameToken("REINFORCEMENT-LEARNING")).toBe(token);
  });

  it("differs between names, even when one contains the other", () => {
    expect(nameToken("Reinforcement Learning")).not.toBe(nameToken("Reinforcement Learning from Human Feedback"));
    expect(nameToken("RL")).not.toBe(nameToken("RLHF"));
  });

  it("gives nothing for a name with no letters or digits", () => {
    expect(nameToken("--")).toBeUndefined();
  });

  it("joins a term's tokens, title first, without repeats", () => {
    const tokens = nameTokens("Deep Learning", ["DL", "dl", "deep neural learning"]).split(" ");
    expect(tokens).toHaveLength(3);
    expect(tokens[0]).toBe(nameToken("Deep Learning"));
  });
});

describe("exactFirst", () => {
  const r = (id: string) => ({ id });

  it("puts title matches, then alias matches, before the ranked results, each once", () => {
    const merged = exactFirst([r("rl")], [r("alias")], [r("rlhf"), r("rl"), r("other"), r("alias")]);
    expect(merged.map((result) => result.id)).toEqual(["rl", "alias", "rlhf", "other"]);
  });

  it("keeps Pagefind's order when nothing matches exactly", () => {
    expect(exactFirst([], [], [r("b"), r("a")]).map((result) => result.id)).toEqual(["b", "a"]);
  });
});
