import { describe, expect, it } from "vitest";
import { readEntry } from "../../src/core/content/entry.ts";
import { entryBody } from "../../src/core/content/entryFile.ts";
import { decodeText } from "../../src/core/content/textFile.ts";
import { entryText, VALID_FRONT_MATTER, withField } from "../helpers/entryText.ts";

const FILE = "terms/deep-learning.md";

/** The problems of one entry file as compact `line:column field rule` strings. */
function report(text: string, file = FILE) {
  return readEntry(file, text).problems.map(
    (p) => `${p.position?.line}:${p.position?.column} ${p.field ?? "-"} ${p.rule}`,
  );
}

describe("readEntry: a valid file", () => {
  it("returns the entry with defaults filled in and no problems", () => {
    const { entry, problems } = readEntry(FILE, entryText());
    expect(problems).toEqual([]);
    expect(entry?.slug).toBe("deep-learning");
    expect(entry?.data).toMatchObject({
      title: "Deep Learning",
      level: "beginner",
      published: "2026-04-21",
      aliases: [],
      related: [],
      sources: [],
      draft: false,
    });
    expect(entry?.body).toBe("\nBody text.\n");
    expect(entry?.bodyLine).toBe(8);
  });

  it("accepts every optional field", () => {
    const lines = [
      ...VALID_FRONT_MATTER,
      "updated: 2026-05-01",
      "aliases: [DL, diep leren]",
      "related: [neural-network]",
      "sources:",
      "  - title: A book",
      "    url: https://www.deeplearningbook.org/",
      "draft: true",
    ];
    const { entry, problems } = readEntry(FILE, entryText(lines));
    expect(problems).toEqual([]);
    expect(entry?.data.aliases).toEqual(["DL", "diep leren"]);
    expect(entry?.data.draft).toBe(true);
  });

  it("reads files with a byte-order mark, CRLF line endings and tabs in the body", () => {
    const text = `\uFEFF${entryText(VALID_FRONT_MATTER, "\tindented\r\n")}`.replace(/\n/g, "\r\n");
    const { entry, problems } = readEntry(FILE, text);
    expect(problems).toEqual([]);
    expect(entry?.data.title).toBe("Deep Learning");
  });

  it("keeps dates as written instead of converting them", () => {
    expect(readEntry(FILE, entryText()).entry?.data.published).toBe("2026-04-21");
  });
});

describe("readEntry: each kind of invalid file", () => {
  it("reports a file name that is not a slug, with a suggestion", () => {
    const problems = readEntry("terms/Deep Learning.md", entryText()).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: "slug-invalid", file: "terms/Deep Learning.md" });
    expect(problems[0]?.message).toContain("`deep-learning.md`");
  });

  it("reports missing front matter", () => {
    expect(report("Just a body.\n")).toEqual(["1:1 - front-matter-missing"]);
    expect(report("")).toEqual(["1:1 - front-matter-missing"]);
  });

  it("reports front matter that is never closed", () => {
    expect(report("---\ntitle: x\n")).toEqual(["1:1 - front-matter-unclosed"]);
  });

  it("reports empty front matter", () => {
    expect(report("---\n---\nBody\n")).toEqual(["1:1 - front-matter-empty"]);
  });

  it("reports YAML that does not parse, on its line", () => {
    const text = entryText([...VALID_FRONT_MATTER, "aliases: [DL, unclosed"]);
    const [problem] = readEntry(FILE, text).problems;
    expect(problem?.rule).toBe("yaml-syntax");
    expect(problem?.position?.line).toBeGreaterThanOrEqual(7);
  });

  it("reports a repeated key as a YAML error", () => {
    expect(report(entryText([...VALID_FRONT_MATTER, "title: Again"]))).toEqual([
      expect.stringMatching(/ yaml-syntax$/),
    ]);
  });

  it("reports a binary file", () => {
    expect(report("\u0000\u0001\u0002")).toEqual(["1:1 - not-text"]);
  });

  it("reports each missing required field at the top of the file", () => {
    expect(report(entryText(withField("title")))).toEqual(["1:1 title required"]);
    expect(report(entryText(withField("published")))).toEqual(["1:1 published required"]);
  });

  it("reports a wrong type on the field's line", () => {
    expect(report(entryText(withField("title", "title: 2024")))).toEqual(["6:8 title wrong-type"]);
    expect(report(entryText(withField("aliases", "aliases: DL")))).toEqual(["7:10 aliases wrong-type"]);
    expect(report(entryText(withField("draft", "draft: yes please")))).toEqual(["7:8 draft wrong-type"]);
  });

  it("reports an unknown key on its own position, with a did-you-mean hint", () => {
    const [problem] = readEntry(FILE, entryText([...VALID_FRONT_MATTER, "realted: [x]"])).problems;
    expect(problem).toMatchObject({ rule: "unknown-key", field: "realted", position: { line: 7, column: 1 } });
    expect(problem?.message).toContain("did you mean `related`?");
  });

  it("reports an empty title and a description over 280 characters", () => {
    expect(report(entryText(withField("title", 'title: "  "')))).toEqual(["6:8 title empty"]);
    const long = `description: ${"x".repeat(281)}`;
    const [problem] = readEntry(FILE, entryText(withField("description", long))).problems;
    expect(problem).toMatchObject({ rule: "too-long", field: "description" });
    expect(problem?.message).toContain("281");
  });

  it("reports an unknown level with the allowed ones", () => {
    const [problem] = readEntry(FILE, entryText(withField("level", "level: expert"))).problems;
    expect(problem).toMatchObject({ rule: "invalid-value", field: "level", position: { line: 6, column: 8 } });
    expect(problem?.message).toContain("`beginner`, `intermediate`, `advanced`");
  });

  it("reports dates in the wrong shape and dates that do not exist", () => {
    expect(report(entryText(withField("published", "published: 21-04-2026")))).toEqual(["6:12 published date-format"]);
    expect(report(entryText(withField("published", "published: 2026-02-30")))).toEqual([
      "6:12 published date-impossible",
    ]);
  });

  it("reports `updated` before `published` on the `updated` line", () => {
    expect(report(entryText([...VALID_FRONT_MATTER, "updated: 2026-01-01"]))).toEqual([
      "7:10 updated updated-before-published",
    ]);
  });

  it("reports source URLs that are not URLs or not http(s), on their own line", () => {
    const lines = [
      ...VALID_FRONT_MATTER,
      "sources:",
      "  - title: Fine",
      "    url: https://example.org/",
      "  - title: Relative",
      "    url: /docs/",
      "  - title: Script",
      "    url: javascript:alert(1)",
    ];
    expect(report(entryText(lines))).toEqual(["11:10 sources[1].url url-invalid", "13:10 sources[2].url url-protocol"]);
  });

  it("reports an unknown key inside a source without a top-level hint", () => {
    const lines = [...VALID_FRONT_MATTER, "sources:", "  - title: A", "    url: https://a.example/", "    author: B"];
    expect(report(entryText(lines))).toEqual(["10:5 sources[0].author unknown-key"]);
  });

  it("reports every problem of a file at once", () => {
    const lines = ["title: ''", "category: x", "level: guru", "published: soon", "realted: []"];
    expect(report(entryText(lines))).toHaveLength(5);
  });
});

describe("readEntry: the front-matter block", () => {
  it("ends only at a line that is exactly `---`, trailing spaces and tabs allowed", () => {
    const text = `---\n${VALID_FRONT_MATTER.join("\n")}\n--- \t\nBody.\n`;
    expect(readEntry(FILE, text).entry?.body).toBe("Body.\n");
  });

  it("reports a line starting with `---` inside it, so that no key after it is dropped", () => {
    for (const line of ["------------", "--- !!map", "---x"]) {
      const text = entryText([...VALID_FRONT_MATTER, line, "draft: true", "realted: [x]"]);
      const { entry, problems } = readEntry(FILE, text);
      expect(entry).toBeUndefined();
      expect(problems.map((p) => `${p.position?.line}:${p.position?.column} ${p.rule}`)).toEqual(["7:1 yaml-syntax"]);
      expect(problems[0]?.message).toContain("a line starting with `---` does not belong inside it");
    }
  });

  it("reports a `...` line, which would end the YAML document", () => {
    const { problems } = readEntry(FILE, entryText([...VALID_FRONT_MATTER, "...", "draft: true"]));
    expect(problems.map((p) => `${p.position?.line}:${p.position?.column} ${p.rule}`)).toEqual(["7:1 yaml-syntax"]);
    expect(problems[0]?.message).toBe(
      "front matter must be one block of fields: a line starting with `...` does not belong inside it; remove it (the front matter ends at a line `---`)",
    );
  });

  it("keeps `---` and `...` that are indented inside a value", () => {
    const lines = [
      ...withField("description"),
      "description: >",
      "  A definition",
      "  --- with dashes ...",
      "  ... and dots.",
    ];
    expect(readEntry(FILE, entryText(lines)).entry?.data.description).toBe(
      "A definition --- with dashes ... ... and dots.",
    );
  });
});

describe("readEntry: YAML features", () => {
  it("reads anchors and aliases", () => {
    const { entry, problems } = readEntry(
      FILE,
      entryText([...VALID_FRONT_MATTER, "aliases: &names [DL]", "related: *names"]),
    );
    expect(problems).toEqual([]);
    expect(entry?.data.related).toEqual(["DL"]);
  });

  it("reports a billion-laughs alias bomb quickly, as wrong types, without expanding it", () => {
    const lines = [...VALID_FRONT_MATTER, `l0: &l0 [${Array(10).fill("lol").join(", ")}]`];
    for (let level = 1; level < 10; level++)
      lines.push(
        `l${level}: &l${level} [${Array(10)
          .fill(`*l${level - 1}`)
          .join(", ")}]`,
      );
    const started = performance.now();
    const problems = readEntry(FILE, entryText([...lines, "aliases: *l9"])).problems;
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems.filter((p) => p.rule === "wrong-type")).toHaveLength(10);
  });

  it("reports an alias to an anchor that is not defined, where it is written", () => {
    const [problem] = readEntry(FILE, entryText(withField("title", "title: *nope"))).problems;
    expect(problem).toMatchObject({ rule: "yaml-syntax", position: { line: 6, column: 8 } });
    expect(problem?.message).toBe(
      "front matter is not valid YAML: `*nope` refers to an anchor `&nope` that is not defined: write the value itself, in quotes if it starts with `*`",
    );
  });

  it("reports a tag, where it is written", () => {
    for (const [value, tag] of [
      ["!!js/function 'function () {}'", "!!js/function"],
      ["!custom x", "!custom"],
      ["!!binary aGVsbG8=", "!!binary"],
    ]) {
      const [problem] = readEntry(FILE, entryText(withField("title", `title: ${value}`))).problems;
      expect(problem).toMatchObject({ rule: "yaml-syntax", position: { line: 6, column: 8 } });
      expect(problem?.message).toContain(`\`${tag}\` is a YAML tag, and tags are not read here`);
    }
  });

  it("reports values nested too deeply in words, not as a stack overflow", () => {
    const [problem] = readEntry(FILE, entryText([...VALID_FRONT_MATTER, `aliases: ${"[".repeat(5000)}`])).problems;
    expect(problem?.rule).toBe("yaml-syntax");
    expect(problem?.message).toBe(
      "front matter is not valid YAML: values are nested too deeply: no field needs lists or mappings more than a few levels deep",
    );
  });
});

describe("readEntry: files no contributor meant to write", () => {
  it("rejects a huge file without parsing it", () => {
    const huge = entryText(VALID_FRONT_MATTER, "word ".repeat(300_000));
    const { problems } = readEntry(FILE, huge);
    expect(problems.map((p) => p.rule)).toEqual(["file-too-large"]);
    expect(problems[0]?.message).toContain("1.4 MiB");
  });
});

describe("decodeText", () => {
  it("reports bytes that are not UTF-8 as not-text, on their line, instead of replacing them", () => {
    const bytes = Buffer.concat([Buffer.from("---\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from("\n---\n")]);
    const result = decodeText(bytes, FILE);
    expect(result).toEqual({
      ok: false,
      problem: {
        file: FILE,
        position: { line: 2, column: 1 },
        message: "is not UTF-8 text (line 2 has bytes that are not UTF-8): save it with the UTF-8 encoding",
        rule: "not-text",
        severity: "error",
      },
    });
  });

  it("reads UTF-8, dropping a byte-order mark", () => {
    expect(decodeText(Buffer.from("\uFEFFCafé ✓\n"), FILE)).toEqual({ ok: true, text: "Café ✓\n" });
  });
});

describe("entryBody", () => {
  it("is the body readEntry reports, from the same text", () => {
    const text = entryText();
    expect(entryBody(text)).toBe(readEntry(FILE, text).entry?.body);
  });

  it("normalises line endings and drops a byte-order mark, as parsing does", () => {
    expect(entryBody("\uFEFF---\r\ntitle: X\r\n---\r\nLine one.\r\nLine two.\r\n")).toBe("Line one.\nLine two.\n");
  });
});
