import type { ProjectBudgetQuery } from "@overblik/graphql-client";
import type { Ore } from "@overblik/domain";
import { toOre } from "../../ui/format";

/** One budget of the ProjectBudget query, with every amount converted once to bigint øre. */
export type BudgetData = ProjectBudgetQuery["project"]["budgets"][number];

export interface LineView {
  id: string;
  name: string;
  category: string | null;
  note: string | null;
  /** Aligned with BudgetView.years; a year without an amount is 0. */
  amounts: Ore[];
  total: Ore;
}

export interface YearTotalsView {
  year: number;
  income: Ore;
  expense: Ore;
  difference: Ore;
  balanced: boolean;
}

export interface BudgetView {
  id: string;
  name: string;
  note: string;
  priceLevelYear: number | null;
  status: BudgetData["status"];
  years: number[];
  income: LineView[];
  expense: LineView[];
  totals: { income: Ore; expense: Ore; difference: Ore; balanced: boolean; years: YearTotalsView[] };
}

function toLineView(line: BudgetData["lines"][number], years: readonly number[]): LineView {
  const byYear = new Map(line.amounts.map((a) => [a.year, toOre(a.amount)]));
  return {
    id: line.id,
    name: line.name,
    category: line.category,
    note: line.note,
    amounts: years.map((year) => byYear.get(year) ?? 0n),
    total: toOre(line.total),
  };
}

export function toBudgetView(budget: BudgetData): BudgetView {
  const years = [...budget.years].sort((a, b) => a - b);
  const lines = [...budget.lines].sort((a, b) => a.sortOrder - b.sortOrder);
  const yearTotals = new Map(budget.totals.years.map((y) => [y.year, y]));
  return {
    id: budget.id,
    name: budget.name,
    note: budget.note,
    priceLevelYear: budget.priceLevelYear,
    status: budget.status,
    years,
    income: lines.filter((l) => l.side === "INCOME").map((l) => toLineView(l, years)),
    expense: lines.filter((l) => l.side === "EXPENSE").map((l) => toLineView(l, years)),
    totals: {
      income: toOre(budget.totals.income),
      expense: toOre(budget.totals.expense),
      difference: toOre(budget.totals.difference),
      balanced: budget.totals.balanced,
      years: years.map((year) => {
        const t = yearTotals.get(year);
        return t
          ? { year, income: toOre(t.income), expense: toOre(t.expense), difference: toOre(t.difference), balanced: t.balanced }
          : { year, income: 0n, expense: 0n, difference: 0n, balanced: true };
      }),
    },
  };
}

export const BUDGET_STATUS_LABELS: Record<BudgetData["status"], string> = {
  APPROVED: "Godkendt",
  SUBMITTED: "Sendt til godkendelse",
  DRAFT: "Udkast",
};
