import { sanitize } from "hast-util-sanitize";
import { htmlToHast } from "satteri";
import { describe, expect, it } from "vitest";
import { between, pick, seededRandom } from "../../scripts/lib/random.ts";
import { createMarkdownRenderer } from "../../src/astro/markdownProcessor.ts";
import { analyseBody } from "../../src/core/checks/body.ts";
import {
  BODY_HTML_SCHEMA,
  droppedRawHtml,
  isSitePath,
  RAW_HTML_SCHEMA,
  RAW_HTML_TAGS,
} from "../../src/core/checks/htmlAllowlist.ts";
import { parseMarkdown } from "../../src/core/content/markdownTree.ts";

/** Pieces of raw HTML an entry might write: the allowed tags in their spellings, and what must be refused. */
const ALLOWED_PIECES = [
  ...RAW_HTML_TAGS.flatMap((tag) => [`<${tag}>`, `</${tag}>`, `<${tag.toUpperCase()}>`, `<${tag} >`]),
  "<br/>",
  "<br />",
  "<!-- a note -->",
  "<!---->",
  "<!-- <img src=x onerror=alert(1)> -->",
  "text",
  " & ",
  "\n",
];
const REFUSED_PIECES = [
  '<kbd class="x">',
  "<sub onclick=alert(1)>",
  "<br style=display:none>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">',
  "<span>",
  "<p>",
  "<![CDATA[ x ]]>",
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  "<form><input type=password></form>",
  "<svg><script>alert(1)</script></svg>",
  "<kbd/onclick=alert(1)>",
];

describe("the raw HTML allowed in entries", () => {
  it("is a part of what the renderer keeps: every raw tag is one of the body's", () => {
    // RAW_HTML_SCHEMA is the body's schema filtered to the raw tags: a raw tag missing from the body's would vanish.
    expect([...RAW_HTML_SCHEMA.tagNames].sort()).toEqual([...RAW_HTML_TAGS].sort());
  });

  it("passes both sanitizers unchanged whenever the validator accepts it (2,000 seeded mixes)", () => {
    const random = seededRandom(20261125);
    let accepted = 0;
    for (let run = 0; run < 2000; run++) {
      const pieces = [...ALLOWED_PIECES, ...(run % 2 === 0 ? REFUSED_PIECES : [])];
      const html = Array.from({ length: between(random, 1, 8) }, () => pick(random, pieces)).join("");
      if (droppedRawHtml(html).length > 0) continue;
      accepted++;
      const tree = htmlToHast(html, { fragment: true });
      expect(sanitize(structuredClone(tree) as never, BODY_HTML_SCHEMA), html).toEqual(tree);
      expect(sanitize(structuredClone(tree) as never, RAW_HTML_SCHEMA), html).toEqual(tree);
    }
    expect(accepted).toBeGreaterThan(1000);
  });

  it("refuses every element and attribute outside it, naming each once", () => {
    expect(droppedRawHtml("</p>\n<img src=x onerror=alert(1)>")).toEqual([{ tag: "img" }]);
    expect(droppedRawHtml('<!-- --><meta http-equiv="refresh" content="0;url=https://evil.example/"><!-- -->')).toEqual(
      [{ tag: "meta" }],
    );
    expect(droppedRawHtml("<form><input type=password><input></form>")).toEqual([{ tag: "form" }, { tag: "input" }]);
    expect(droppedRawHtml('<kbd class="key" data-x="1" onclick="x()">K</kbd>')).toEqual([
      { tag: "kbd", attribute: "class" },
      { tag: "kbd", attribute: "data-x" },
      { tag: "kbd", attribute: "onclick" },
    ]);
    expect(droppedRawHtml("<kbd>Ctrl</kbd> <br> <!-- note --> </mark>")).toEqual([]);
  });
});

describe("raw HTML nested too deep", () => {
  const rules = (body: string) =>
    analyseBody({ file: "terms/x.md", bodyLine: 1, body }, parseMarkdown(body)).problems.map((p) => p.rule);

  it("is an error, in one paragraph or left open over many", () => {
    expect(rules(`Press ${"<kbd>".repeat(150)}x`)).toEqual(["body-too-deep"]);
    expect(rules("<mark>\n\n".repeat(150))).toEqual(["body-too-deep"]);
    expect(rules(`Press ${"<kbd>".repeat(20)}x${"</kbd>".repeat(20)}`)).toEqual([]);
  });

  it("makes the renderer fail rather than write it unfiltered", async () => {
    const renderer = await createMarkdownRenderer("/");
    await expect(renderer.render(`${"<kbd>".repeat(150)}<img src=x onerror=alert(1)>`)).rejects.toThrow();
  });
});

describe("site paths", () => {
  it("are addresses on this site, however the other kinds are spelt", () => {
    for (const url of ["/images/x.png", "x.png", "../x.png", "#part", "?q=1", "", "/a b.png"]) {
      expect(isSitePath(url), url).toBe(true);
    }
    const elsewhere = ["https://example.org/x.png", "HTTP://x", "//cdn.example/x.png", "\\\\cdn.example\\x.png"];
    const schemes = ["data:image/png;base64,AAAA", "javascript:alert(1)", "java\tscript:alert(1)", " javascript:x"];
    for (const url of [...elsewhere, ...schemes, "mailto:a@b.org", "/\\cdn.example/x.png"]) {
      expect(isSitePath(url), url).toBe(false);
    }
  });
});
