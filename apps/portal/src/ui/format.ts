import { formatDateDa, formatKr, formatKrPlain, formatTkr, parseMoney, type Ore } from "@overblik/domain";

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

export { formatKr, formatTkr };

const integer = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });

/** "1.234" */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** "16.07.2012–01.08.2013" */
export function formatPeriod(startDate: string, endDate: string): string {
  return `${formatDateDa(startDate)}–${formatDateDa(endDate)}`;
}

export { formatDateDa };
