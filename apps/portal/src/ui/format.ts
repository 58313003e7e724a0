import {
  CsvValueError,
  formatDateDa,
  formatKr,
  formatKrPlain,
  formatQuantityDa,
  formatTkr,
  parseDanishAmount,
  parseMoney,
  parseQuantity,
  type Hundredths,
  type Ore,
} from "@overblik/domain";

/**
 * Danish display through @overblik/domain. Money arrives as decimal strings ("794000.00") and is
 * only ever handled as bigint øre: never through parseFloat or Number().
 */

export type MoneyUnit = "kr" | "tkr";

export const MONEY_UNITS: readonly MoneyUnit[] = ["kr", "tkr"];

export const UNIT_LABELS: Record<MoneyUnit, string> = { kr: "kr.", tkr: "t.kr." };

/** "794000.00" → 79400000n øre. */
export function toOre(money: string): Ore {
  return parseMoney(money);
}

/** With unit: "1.193.000 kr." or "1.193 t.kr." */
export function formatAmount(ore: Ore, unit: MoneyUnit): string {
  return unit === "kr" ? formatKr(ore) : formatTkr(ore);
}

/** Without unit, for table cells whose header names the unit: "1.193.000" or "1.193". */
export function formatAmountCell(ore: Ore, unit: MoneyUnit): string {
  return unit === "kr" ? formatKrPlain(ore) : formatTkr(ore, { unit: false });
}

export { formatKr, formatKrPlain, formatTkr };

const integer = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });

/** "1.234" */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** A count with its noun in singular or plural: "1 fejl", "1.204 rækker". */
export function countText(n: number, one: string, many: string): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

/** "16.07.2012–01.08.2013" */
export function formatPeriod(startDate: string, endDate: string): string {
  return `${formatDateDa(startDate)}–${formatDateDa(endDate)}`;
}

export { formatDateDa };

/** With unit and an explicit sign for a change: "+10.000 kr.", "-10.000 kr.", "0 kr.". */
export function formatSignedAmount(ore: Ore, unit: MoneyUnit): string {
  return `${ore > 0n ? "+" : ""}${formatAmount(ore, unit)}`;
}

/** Without unit, with a sign for a change: "+10.000". */
export function formatSignedAmountCell(ore: Ore, unit: MoneyUnit): string {
  return `${ore > 0n ? "+" : ""}${formatAmountCell(ore, unit)}`;
}

/**
 * A Quantity scalar ("50.00") to hundredths. The generated types leave custom scalars other than
 * Money as `unknown`, so the value is checked here rather than trusted.
 */
export function toHundredths(value: unknown): Hundredths | null {
  return typeof value === "string" ? parseQuantity(value) : null;
}

export { formatQuantityDa };

/** "50 timer" from a Quantity scalar, or "–". */
export function formatQuantityText(value: unknown, unit?: string | null): string {
  const q = toHundredths(value);
  if (q === null) return "–";
  return unit ? `${formatQuantityDa(q)} ${unit}` : formatQuantityDa(q);
}

const percent = new Intl.NumberFormat("da-DK", { style: "percent", maximumFractionDigits: 1 });

/** "62 %", "15,5 %"; the API sends percentages as numbers (not money), "–" when there is none. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : percent.format(value / 100);
}

const dateTimeParts = new Intl.DateTimeFormat("da-DK", {
  timeZone: "Europe/Copenhagen",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "01.08.2012 kl. 10.00" in Danish time, from an ISO 8601 instant. */
export function formatDateTimeDa(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = (type: Intl.DateTimeFormatPartTypes) => dateTimeParts.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return `${part("day")}.${part("month")}.${part("year")} kl. ${part("hour")}.${part("minute")}`;
}

/** Today's date in Denmark as ÅÅÅÅ-MM-DD. */
export function todayIso(): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  return parts;
}

/** The earlier of two ISO dates. */
export function minIsoDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export type ParsedInput<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A Danish amount typed by a user ("1.234,50", "-200", "10.000 kr.") to øre, through the same
 * parser as the CSV import, so "1,234.50" is refused instead of guessed.
 */
export function parseAmountInput(text: string, options: { allowNegative?: boolean; allowZero?: boolean } = {}): ParsedInput<Ore> {
  if (text.trim() === "") return { ok: false, message: "Skriv et beløb, fx 10.000 eller 1.234,50." };
  let ore: Ore;
  try {
    ore = parseDanishAmount(text);
  } catch (error) {
    return { ok: false, message: error instanceof CsvValueError ? error.message : "Beløbet kan ikke læses. Skriv fx 1.234,50." };
  }
  if (ore < 0n && !options.allowNegative) return { ok: false, message: "Skriv beløbet uden minus." };
  if (ore === 0n && !options.allowZero) return { ok: false, message: "Beløbet skal være større end 0 kr." };
  return { ok: true, value: ore };
}

/** A Danish quantity ("3,5", "219") to hundredths; never negative. */
export function parseQuantityInput(text: string, options: { allowZero?: boolean } = {}): ParsedInput<Hundredths> {
  if (text.trim() === "") return { ok: false, message: "Skriv et antal, fx 3 eller 2,5." };
  let q: Hundredths;
  try {
    q = parseDanishAmount(text.replace(/\s*kr\.?\s*/gi, " ").trim());
  } catch (error) {
    const message = error instanceof CsvValueError ? error.message : "Antallet kan ikke læses. Skriv fx 2,5.";
    return { ok: false, message: message.replace(/Beløbet/g, "Antallet").replace(/beløbet/g, "antallet") };
  }
  if (q < 0n) return { ok: false, message: "Antallet må ikke være negativt." };
  if (q === 0n && !options.allowZero) return { ok: false, message: "Antallet skal være større end 0." };
  return { ok: true, value: q };
}

/** A whole number of people etc. typed in Danish ("20", "1.200"). */
export function parseCountInput(text: string, options: { allowZero?: boolean } = {}): ParsedInput<number> {
  const compact = text.trim().replace(/\./g, "");
  if (compact === "") return { ok: false, message: "Skriv et antal." };
  if (!/^\d{1,6}$/.test(compact)) return { ok: false, message: "Skriv et helt tal uden decimaler, fx 12." };
  const value = Number(compact);
  if (value === 0 && !options.allowZero) return { ok: false, message: "Antallet skal være større end 0." };
  return { ok: true, value };
}
