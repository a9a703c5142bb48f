import { between, pick } from "../../scripts/lib/random.ts";

/**
 * Pieces an attacker or a careless editor puts into entry files: fences and document markers, YAML tricks,
 * hostile HTML and addresses, invisible and reordering characters, encodings and line ends, deep nesting.
 */
const HOSTILE = [
  "---",
  "--- !!map",
  "------------",
  "...",
  "title: Again",
  "draft: true",
  "realted: [alpha]",
  "&anchor value",
  "*anchor",
  "!!js/function 'function () {}'",
  "!custom x",
  "? complex key",
  ": ",
  "- ",
  "\t",
  "'",
  '"',
  "#",
  "{",
  "[",
  "</p>",
  "<img src=x onerror=alert(1)>",
  '<!-- --><meta http-equiv="refresh" content="0;url=https://evil.example/"><!-- -->',
  "<script>alert(1)</script>",
  '<a href="javascript:alert(1)">x</a>',
  "<form><input type=password></form>",
  "<style>body{display:none}</style>",
  "<iframe src=//evil.example></iframe>",
  "<kbd>Ctrl</kbd>",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt&#58;alert(1))",
  "![x](https://evil.example/a.png)",
  "[x](/terms/nowhere/)",
  "```",
  "    indented code",
  "# Heading",
  "#### Deep heading",
  "> ".repeat(200),
  "- ".repeat(150),
  "\u200B",
  "\u202E",
  "\u2066",
  "\uFEFF",
  "\u0000",
  "\r\n",
  "\r",
  "Ω≈ç√∫˜µ≤≥÷",
  "𝕿𝖊𝖗𝖒",
  "\u0410lbedo",
  "TODO: write this",
];

/** One change to a file's text: insert a hostile piece, delete or repeat a slice, swap two lines, or cut the end. */
function mutateOnce(text: string, random: () => number): string {
  const at = between(random, 0, text.length);
  const lines = text.split("\n");
  switch (between(random, 0, 5)) {
    case 0:
      return `${text.slice(0, at)}${pick(random, HOSTILE)}${text.slice(at)}`;
    case 1:
      return `${text.slice(0, at)}\n${pick(random, HOSTILE)}\n${text.slice(at)}`;
    case 2:
      return text.slice(0, at) + text.slice(Math.min(text.length, at + between(random, 1, 40)));
    case 3: {
      const slice = text.slice(at, at + between(random, 1, 80));
      return text.slice(0, at) + slice + slice + text.slice(at);
    }
    case 4: {
      const a = between(random, 0, lines.length - 1);
      const b = between(random, 0, lines.length - 1);
      [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
      return lines.join("\n");
    }
    default:
      return text.slice(0, between(random, Math.floor(text.length / 2), text.length));
  }
}

/**
 * A mutated copy of an entry file: one to four changes, as bytes; now and then with bytes that are not UTF-8 or
 * a byte-order mark in front. The same seed of `random` always gives the same file.
 */
export function mutateEntry(text: string, random: () => number): Uint8Array {
  let mutated = text;
  for (let count = between(random, 1, 4); count > 0; count--) mutated = mutateOnce(mutated, random);
  const bytes = new TextEncoder().encode(mutated);
  const roll = random();
  if (roll < 0.05)
    return Uint8Array.of(...bytes.slice(0, bytes.length >> 1), 0xc3, 0x28, ...bytes.slice(bytes.length >> 1));
  if (roll < 0.1) return Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes);
  return bytes;
}

/** Lines of output that only a crash prints: stack frames and error class names. */
export function crashLines(output: string): string[] {
  return output
    .split("\n")
    .filter((line) =>
      /^\s+at\s|\b(TypeError|RangeError|ReferenceError|SyntaxError|ENOENT|EACCES|EISDIR|ENOTDIR)\b/.test(line),
    );
}
