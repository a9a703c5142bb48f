import { describe, expect, it } from "vitest";
import { textLocator } from "../../src/core/content/markdownTree.ts";

/** The position of an offset computed the plain way, from all the text before it. */
function naive(value: string, start: { line: number; column: number }, offset: number) {
  const before = value.slice(0, offset).split("\n");
  return before.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + before.length - 1, column: (before.at(-1)?.length ?? 0) + 1 };
}

describe("textLocator", () => {
  it("gives every ascending offset the position the whole text before it gives", () => {
    const value = "first {{ line\nsecond\n\nfourth {{ and {{\n{{ last";
    const start = { line: 12, column: 5 };
    const locate = textLocator(value, start);
    const offsets = [0, 3, 6, 13, 14, 20, 21, 22, 29, 36, 38, 39, value.length];
    for (const offset of offsets) expect(locate(offset), String(offset)).toEqual(naive(value, start, offset));
  });

  it("answers the same offset twice alike, and a newline's own offset on the line it ends", () => {
    const locate = textLocator("a\nb", { line: 1, column: 1 });
    expect(locate(1)).toEqual({ line: 1, column: 2 });
    expect(locate(1)).toEqual({ line: 1, column: 2 });
    expect(locate(2)).toEqual({ line: 2, column: 1 });
  });
});
