import { addDays, formatDateDa, formatIsoWeek, formatQuantityDa, toUtc, type Hundredths } from "@overblik/domain";

/** Pure helpers for the flow's screens: months of an action plan, dates, durations. */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Every month from `start` to `end` inclusive, as "ÅÅÅÅ-MM". */
export function monthRange(start: string, end: string): string[] {
  const months: string[] = [];
  let [year, month] = start.split("-").map(Number) as [number, number];
  const [endYear, endMonth] = end.split("-").map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    if (months.length > 240) break; // twenty years: a typo, not a plan
  }
  return months;
}

/** The months an action plan spans: from the earliest start to the latest end. */
export function planMonths(items: ReadonlyArray<{ startMonth: string; endMonth: string }>): string[] {
  if (items.length === 0) return [];
  const start = items.reduce((min, i) => (i.startMonth < min ? i.startMonth : min), items[0]?.startMonth ?? "");
  const end = items.reduce((max, i) => (i.endMonth > max ? i.endMonth : max), items[0]?.endMonth ?? "");
  return monthRange(start, end);
}

const monthShort = new Intl.DateTimeFormat("da-DK", { month: "short", timeZone: "UTC" });
const monthLong = new Intl.DateTimeFormat("da-DK", { month: "long", year: "numeric", timeZone: "UTC" });

/** "okt." for "2012-10". */
export function formatMonthShort(month: string): string {
  return monthShort.format(new Date(toUtc(`${month}-01`)));
}

/** "oktober 2012" for "2012-10". */
export function formatMonthLong(month: string): string {
  return monthLong.format(new Date(toUtc(`${month}-01`)));
}

/** "okt. 2012–mar. 2013" */
export function formatMonthPeriod(start: string, end: string): string {
  const a = `${formatMonthShort(start)} ${start.slice(0, 4)}`;
  return start === end ? a : `${a}–${formatMonthShort(end)} ${end.slice(0, 4)}`;
}

/** "01.10.2012 (uge 40)" */
export function formatDateWithWeek(iso: string): string {
  return `${formatDateDa(iso)} (${formatIsoWeek(iso)})`;
}

/** "2 timer", "2,5 timer", "30 minutter": the length of a meeting with n citizens. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} minutter`;
  const hours = minutes / 60;
  const text = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 }).format(hours);
  return `${text} ${hours === 1 ? "time" : "timer"}`;
}

/** The month ("ÅÅÅÅ-MM") of a date, and a date a week later: the defaults the dialogs start from. */
export const monthOf = (iso: string) => iso.slice(0, 7);
export const weekLater = (iso: string) => addDays(iso, 7);

/** The catalogue's units are singular ("time", "uge"); these are their plurals. Others are shown as they are. */
const UNIT_PLURALS: Record<string, string> = {
  time: "timer",
  uge: "uger",
  dag: "dage",
  måned: "måneder",
  samtale: "samtaler",
  gang: "gange",
  session: "sessioner",
};

/** "3 timer", "1 time", "1,5 timer", "2 forløb": units delivered in the catalogue's unit, in Danish. */
export function formatUnits(quantity: Hundredths, unit: string): string {
  const plural = quantity === 100n ? unit : (UNIT_PLURALS[unit.trim().toLowerCase()] ?? unit);
  return `${formatQuantityDa(quantity)} ${plural}`;
}
