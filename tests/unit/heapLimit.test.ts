import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folderBytes, pagesHeapLimitMb } from "../../scripts/lib/heapLimit.ts";

const MB = 1024 * 1024;

describe("pagesHeapLimitMb", () => {
  it("grows with the content, from a floor, and never passes Node's own limit", () => {
    expect(pagesHeapLimitMb(0, 4096)).toBe(512);
    expect(pagesHeapLimitMb(58 * MB, 4096)).toBe(512);
    expect(pagesHeapLimitMb(100 * MB, 4096)).toBe(256 + 4 * 100);
    expect(pagesHeapLimitMb(292 * MB, 4096)).toBe(256 + 4 * 292);
    expect(pagesHeapLimitMb(2000 * MB, 4096)).toBe(4096);
  });
});

describe("folderBytes", () => {
  it("adds up the files under a folder, in every subfolder, without following links", () => {
    const root = mkdtempSync(join(tmpdir(), "glossary-bytes-"));
    mkdirSync(join(root, "terms", "deep"), { recursive: true });
    writeFileSync(join(root, "site.yaml"), "x".repeat(10));
    writeFileSync(join(root, "terms", "a.md"), "y".repeat(100));
    writeFileSync(join(root, "terms", "deep", "b.md"), "z".repeat(1000));
    symlinkSync(join(root, "terms"), join(root, "link"));
    expect(folderBytes(root)).toBe(1110);
  });
});
