import { divRoundHalfAway, type Ore } from "./money.js";

/**
 * Danish display of amounts (da-DK): "1.193.000 kr.", "1.193.000,50 kr.", "1.193 t.kr.".
 * Intl.NumberFormat takes bigint directly, so the integer part never becomes a float.
 */
const integerFormat = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });
const MINUS = "-";

function groupInteger(value: bigint): string {
  return integerFormat.format(value < 0n ? -value : value);
}

/** "1.193.000 kr." (whole kroner) or "1.193.000,50 kr." when there are øre. */
export function formatKr(ore: Ore, options: { alwaysDecimals?: boolean } = {}): string {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  const whole = abs / 100n;
  const rest = abs % 100n;
  const decimals = rest !== 0n || options.alwaysDecimals ? `,${rest.toString().padStart(2, "0")}` : "";
  return `${negative ? MINUS : ""}${groupInteger(whole)}${decimals} kr.`;
}

/** "1.193.000 kr." in whole kroner, rounded half away from zero: for sentences about a budget, where øre are noise. */
export function formatWholeKr(ore: Ore): string {
  return formatKr(divRoundHalfAway(ore, 100n) * 100n);
}

/**
 * Ends a sentence with a full stop, unless it already ends with one: an amount last in a sentence ("… 800.000 kr.")
 * already carries the period, and a second one would double it. Every Danish message that may end with an amount
 * is closed by this function, never by appending "." to a formatted amount.
 */
export function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(".") ? trimmed : `${trimmed}.`;
}

/** Amount in thousands of kroner, rounded half away from zero: "1.193 t.kr.". */
export function formatTkr(ore: Ore, options: { unit?: boolean } = {}): string {
  const thousands = divRoundHalfAway(ore, 100_000n);
  const sign = thousands < 0n ? MINUS : "";
  return `${sign}${groupInteger(thousands)}${options.unit === false ? "" : " t.kr."}`;
}

/** Amount in kroner without unit, for table cells: "1.193.000" or "1.193.000,50". */
export function formatKrPlain(ore: Ore): string {
  return formatKr(ore).replace(/ kr\.$/, "");
}

/** dd.mm.yyyy from an ISO date ("2012-08-01" → "01.08.2012"). */
export function formatDateDa(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  return `${m[3]}.${m[2]}.${m[1]}`;
}

const decimalFormats = new Map<number, Intl.NumberFormat>();

/**
 * A measured number (not money) with a fixed number of decimals and a decimal comma: "12,0", "-3,5",
 * "1.234,5". Something that rounds to zero is written without a sign: "-0,0" reads as a negative result.
 */
export function formatDecimal(value: number, decimals = 1): string {
  let format = decimalFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("da-DK", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    decimalFormats.set(decimals, format);
  }
  const text = format.format(value);
  return /^-0(,0*)?$/.test(text) ? text.slice(1) : text;
}

/** Basis points (1 % = 100) as a Danish number of percent: 6200 → "62", 950 → "9,5", 150000 → "1.500". */
export function formatBpNumber(bp: bigint): string {
  const negative = bp < 0n;
  const abs = negative ? -bp : bp;
  const rest = abs % 100n;
  const decimals = rest === 0n ? "" : `,${rest.toString().padStart(2, "0").replace(/0$/, "")}`;
  return `${negative ? MINUS : ""}${groupInteger(abs / 100n)}${decimals}`;
}

/** Basis points as a Danish percentage: "62 %", "9,5 %". */
export function formatBp(bp: bigint): string {
  return `${formatBpNumber(bp)} %`;
}
