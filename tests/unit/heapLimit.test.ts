import { describe, expect, it } from "vitest";
import { pagesHeapLimitMb } from "../../scripts/lib/heapLimit.ts";

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
