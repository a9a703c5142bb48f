import { parseDate } from "../checks/dates.ts";

/** An ISO-8601 week: the week-numbering year (which can differ from the calendar year) and week 1–53. */
export interface IsoWeek {
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;

/** Computes the ISO-8601 week of a `YYYY-MM-DD` date: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(date: string): IsoWeek {
  const day = parseDate(date);
  const weekday = day.getUTCDay() || 7;
  const thursday = new Date(day.getTime() + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstOfYear = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - firstOfYear) / DAY_MS / 7) + 1;
  return { year, week };
}

/** Writes an ISO week the standard way, e.g. `2026-W17`. */
export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, "0")}`;
}
