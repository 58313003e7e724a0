import { sumOre, type Ore } from "./money.js";

export type BudgetSide = "INCOME" | "EXPENSE";
export const BUDGET_SIDES: readonly BudgetSide[] = ["INCOME", "EXPENSE"];

export interface LineAmounts {
  side: BudgetSide;
  /** Amount per budget year in øre; a line may be negative (a transfer between administrations). */
  amounts: ReadonlyArray<{ year: number; amount: Ore }>;
}

export interface SideYearTotal {
  side: BudgetSide;
  year: number;
  amount: Ore;
}

export interface YearBalance {
  year: number;
  income: Ore;
  expense: Ore;
  /** income − expense: positive means a surplus, negative a shortfall. */
  difference: Ore;
  balanced: boolean;
}

export interface BudgetTotals {
  years: number[];
  bySideAndYear: SideYearTotal[];
  income: Ore;
  expense: Ore;
  difference: Ore;
  /** Income equals expenses in all and in every year. Shown to the user, never forced. */
  balanced: boolean;
  perYear: YearBalance[];
}

export function lineTotal(line: Pick<LineAmounts, "amounts">): Ore {
  return sumOre(line.amounts.map((a) => a.amount));
}

/** The years a budget spans: the given ones plus any a line has an amount for, ascending. */
export function budgetYears(lines: readonly LineAmounts[], declared: readonly number[] = []): number[] {
  const years = new Set<number>(declared);
  for (const line of lines) for (const a of line.amounts) years.add(a.year);
  return [...years].sort((a, b) => a - b);
}

export function budgetTotals(lines: readonly LineAmounts[], declaredYears: readonly number[] = []): BudgetTotals {
  const years = budgetYears(lines, declaredYears);
  const cell = new Map<string, Ore>();
  for (const side of BUDGET_SIDES) for (const year of years) cell.set(`${side}:${year}`, 0n);
  for (const line of lines) {
    for (const { year, amount } of line.amounts) {
      const key = `${line.side}:${year}`;
      cell.set(key, (cell.get(key) ?? 0n) + amount);
    }
  }
  const bySideAndYear: SideYearTotal[] = [];
  for (const side of BUDGET_SIDES) {
    for (const year of years) bySideAndYear.push({ side, year, amount: cell.get(`${side}:${year}`) ?? 0n });
  }
  const perYear = years.map((year): YearBalance => {
    const income = cell.get(`INCOME:${year}`) ?? 0n;
    const expense = cell.get(`EXPENSE:${year}`) ?? 0n;
    return { year, income, expense, difference: income - expense, balanced: income === expense };
  });
  const income = sumOre(perYear.map((y) => y.income));
  const expense = sumOre(perYear.map((y) => y.expense));
  return {
    years,
    bySideAndYear,
    income,
    expense,
    difference: income - expense,
    balanced: perYear.every((y) => y.balanced),
    perYear,
  };
}
