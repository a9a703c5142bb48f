import { describe, expect, it } from "vitest";
import { nameKey } from "../../src/core/nameKey.ts";
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
    const token = nameToken("Reinforcement Learning", "title");
    expect(token).toMatch(/^qxt[0-9a-z]+$/);
    expect(nameToken("reinforcement  learning", "title")).toBe(token);
    expect(nameToken("REINFORCEMENT-LEARNING", "title")).toBe(token);
  });

  it("differs between names, and between a title and an alias of the same text", () => {
    expect(nameToken("Reinforcement Learning", "title")).not.toBe(
      nameToken("Reinforcement Learning from Human Feedback", "title"),
    );
    expect(nameToken("RL", "alias")).toMatch(/^qxa/);
    expect(nameToken("RL", "alias")).not.toBe(nameToken("RL", "title"));
  });

  it("gives nothing for a name with no letters or digits", () => {
    expect(nameToken("--", "title")).toBeUndefined();
  });

  it("joins a term's tokens, title first, without repeats", () => {
    const tokens = nameTokens("Deep Learning", ["DL", "dl", "deep neural learning"]).split(" ");
    expect(tokens).toHaveLength(3);
    expect(tokens[0]).toBe(nameToken("Deep Learning", "title"));
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
