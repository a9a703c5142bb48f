/** The calendar-date shape used in front matter: `YYYY-MM-DD`. */
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Tells whether a `YYYY-MM-DD` string names a day that exists (so `2026-02-30` does not). */
export function isRealDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Parses a valid `YYYY-MM-DD` string as midnight UTC of that day. */
export function parseDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}
