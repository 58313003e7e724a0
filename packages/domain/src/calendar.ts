/** Dates as ISO strings ("2012-09-01"), computed in UTC so no time zone moves a day. */
const DAY = 86_400_000;

export function toUtc(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

export function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY);
}

/** Days from `a` to `b` inclusive of both ends (1 Sep–21 Dec 2012 = 112). */
export function daysInclusive(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY) + 1;
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(iso: string): { year: number; week: number } {
  const d = new Date(toUtc(iso));
  const weekday = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(d.getTime() + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * DAY;
  return { year, week: Math.floor((thursday.getTime() - firstMonday) / (7 * DAY)) + 1 };
}

/** "uge 29" / "uge 29 2012". */
export function formatIsoWeek(iso: string, withYear = false): string {
  const { year, week } = isoWeek(iso);
  return withYear ? `uge ${week} ${year}` : `uge ${week}`;
}

/** The Monday of the ISO week holding `iso`. */
export function mondayOf(iso: string): string {
  const d = new Date(toUtc(iso));
  return fromUtc(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY);
}
