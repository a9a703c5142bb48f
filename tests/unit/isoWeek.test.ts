import { describe, expect, it } from "vitest";
import { formatIsoWeek, isoWeek } from "../../src/core/publish/isoWeek.ts";

const week = (date: string) => formatIsoWeek(isoWeek(date));

describe("isoWeek", () => {
  it.each([
    ["2026-04-21", "2026-W17"],
    ["2027-01-01", "2026-W53"],
    ["2027-01-03", "2026-W53"],
    ["2027-01-04", "2027-W01"],
    ["2024-12-30", "2025-W01"],
    ["2021-01-03", "2020-W53"],
    ["2026-01-01", "2026-W01"],
    ["2025-12-29", "2026-W01"],
    ["2020-12-31", "2020-W53"],
    ["2026-12-31", "2026-W53"],
    ["2023-01-01", "2022-W52"],
  ])("puts %s in %s", (date, expected) => {
    expect(week(date)).toBe(expected);
  });

  it("pads single-digit weeks", () => {
    expect(formatIsoWeek({ year: 2026, week: 3 })).toBe("2026-W03");
  });

  it("gives every day of a Monday-to-Sunday week the same number", () => {
    const days = ["2026-04-20", "2026-04-21", "2026-04-22", "2026-04-23", "2026-04-24", "2026-04-25", "2026-04-26"];
    expect(new Set(days.map(week))).toEqual(new Set(["2026-W17"]));
    expect(week("2026-04-27")).toBe("2026-W18");
  });
});
