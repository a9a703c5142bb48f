import { describe, expect, it } from "vitest";
import {
  basePath,
  canonicalLanguage,
  DEFAULT_SITE_URL,
  editUrl,
  entryHeading,
  siteSettingsSchema,
} from "../../src/core/checks/site.ts";
import { messagesFor } from "../../src/i18n/messages.ts";

const settings = (input: Record<string, unknown>) => siteSettingsSchema.parse(input);

/** The rule and message of each problem a site.yaml value has, as the validator reports them. */
const problems = (input: Record<string, unknown>) => {
  const result = siteSettingsSchema.safeParse(input, { reportInput: true });
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        rule: issue.code === "custom" ? issue.params?.rule : issue.code,
        message: issue.message,
      }));
};

describe("site settings", () => {
  it("fills every default", () => {
    expect(settings({})).toMatchObject({ title: "Glossary", language: "en", headingStyle: "question", branch: "main" });
    expect(settings({}).url).toBe(DEFAULT_SITE_URL);
  });

  it("accepts url paths of unreserved characters, with or without the trailing slash", () => {
    for (const url of [
      "https://example.org/",
      "https://example.org/docs/glossary_v2.1~x/",
      "http://localhost:4321/a/b",
    ]) {
      expect(problems({ url }), url).toEqual([]);
    }
  });

  it("rejects a url path that needs percent-encoding, suggesting a slugified path", () => {
    expect(problems({ url: "https://example.org/my glossary/" })).toEqual([
      {
        rule: "url-path",
        message:
          "path `/my glossary/` may only hold ASCII letters, digits, `-`, `.`, `_`, `~` and single slashes; did you mean `https://example.org/my-glossary/`?",
      },
    ]);
    for (const url of [
      "https://example.org/a%20b/",
      "https://example.org/café/",
      "https://example.org/a//b/",
      "https://example.org/(x)/",
      "https://example.org/a:b/",
    ]) {
      expect(
        problems({ url }).map((p) => p.rule),
        url,
      ).toEqual(["url-path"]);
    }
    expect(problems({ url: "https://example.org/a%20b/Café Noir" })[0]?.message).toContain(
      "did you mean `https://example.org/a-b/cafe-noir/`?",
    );
  });

  it("rejects a url with a query, a fragment or a user name, giving the bare address", () => {
    for (const url of [
      "https://example.org/glossary/?x=1",
      "https://example.org/glossary/?",
      "https://example.org/glossary/#top",
      "https://user:secret@example.org/glossary/",
    ]) {
      expect(problems({ url }), url).toEqual([
        {
          rule: "url-extra",
          message:
            "must be the site's address alone, without a query (`?…`), fragment (`#…`) or user name: use `https://example.org/glossary/`",
        },
      ]);
    }
  });

  it("names the rule of a url or repository that is no http address", () => {
    expect(problems({ url: "not a url" }).map((p) => p.rule)).toEqual(["url-invalid"]);
    expect(problems({ url: "ftp://example.org/" }).map((p) => p.rule)).toEqual(["url-protocol"]);
    expect(problems({ repository: "mailto:a@example.org" }).map((p) => p.rule)).toEqual(["url-protocol"]);
  });

  it("keeps the language in the canonical form of its BCP 47 tag", () => {
    expect(settings({ language: "en-us" }).language).toBe("en-US");
    expect(settings({ language: " ZH-hant-tw " }).language).toBe("zh-Hant-TW");
    expect(settings({ language: "iw" }).language).toBe("he");
    expect(canonicalLanguage("pt-BR")).toBe("pt-BR");
  });

  it("rejects a language tag that is not well-formed, with the tag it probably means", () => {
    const message = (language: string) => problems({ language }).map((p) => `${p.rule}: ${p.message}`);
    expect(message("en_US")).toEqual([
      "language-invalid: `en_US` is not a well-formed BCP 47 language tag; did you mean `en-US`?",
    ]);
    expect(message("English")).toEqual([
      "language-invalid: `English` is not a well-formed BCP 47 language tag; did you mean `en`?",
    ]);
    expect(message("")).toEqual([
      "language-invalid: must not be empty: write a BCP 47 language tag such as `en`, `en-GB` or `pt-BR`",
    ]);
    expect(message("en--GB!")[0]).toContain("e.g. `en`, `en-GB`, `pt-BR`, `zh-Hant`");
    for (const language of ["en_US", "english", "x-private", "i-klingon", "e", "en--GB"]) {
      expect(siteSettingsSchema.safeParse({ language }).success, language).toBe(false);
    }
    for (const language of ["en", "en-GB", "de-CH-1996", "sr-Latn", "en-US-u-co-phonebk"]) {
      const tag = settings({ language }).language;
      expect(() => new Intl.Collator(tag).compare("a", "b"), language).not.toThrow();
      expect(() => new Date(0).toLocaleDateString(tag), language).not.toThrow();
    }
  });

  it("rejects unknown keys and non-http URLs", () => {
    expect(siteSettingsSchema.safeParse({ colour: "red" }).success).toBe(false);
    expect(siteSettingsSchema.safeParse({ url: "ftp://example.org/" }).success).toBe(false);
    expect(siteSettingsSchema.safeParse({ headingStyle: "shout" }).success).toBe(false);
  });

  it("derives the base path from the site URL", () => {
    expect(basePath({ url: "https://example.org/" })).toBe("");
    expect(basePath({ url: "https://example.org/glossary/" })).toBe("/glossary");
    expect(basePath({ url: "https://example.org/a/b" })).toBe("/a/b");
  });

  it("builds edit links only when a repository is set", () => {
    expect(editUrl(settings({}), "terms/a.md")).toBeUndefined();
    const withRepository = settings({ repository: "https://github.com/acme/glossary/", branch: "trunk" });
    expect(editUrl(withRepository, "terms/a.md")).toBe(
      "https://github.com/acme/glossary/edit/trunk/content/terms/a.md",
    );
    expect(editUrl({ ...withRepository, contentPath: "" }, "terms/a.md")).toBe(
      "https://github.com/acme/glossary/edit/trunk/terms/a.md",
    );
  });

  it("writes the heading as a question in the page's language or as the bare term", () => {
    const english = messagesFor("en");
    expect(entryHeading(settings({}), "Deep Learning", english)).toBe("What is Deep Learning?");
    expect(entryHeading(settings({}), "Deep Learning", messagesFor("nl"))).toBe("Wat is Deep Learning?");
    expect(entryHeading(settings({ headingStyle: "term" }), "Deep Learning", english)).toBe("Deep Learning");
    expect(entryHeading(settings({ headingStyle: "term" }), "Deep Learning", messagesFor("nl"))).toBe("Deep Learning");
  });
});
