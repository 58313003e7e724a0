import type { BudgetChangeFieldsFragment, BudgetPlannerQuery } from "@overblik/graphql-client";
import type { AdjustmentKind, BudgetSide, Hundredths, LineAmountState, Ore } from "@overblik/domain";
import { formatKr, formatQuantityDa, toHundredths, toOre } from "../../ui/format";

/** One budget of the BudgetPlanner query. */
export type PlannerBudgetData = BudgetPlannerQuery["project"]["budgets"][number];
export type BudgetChange = BudgetChangeFieldsFragment;

export interface DriverView {
  unit: string;
  plannedQuantity: Hundredths;
  /** The rate the document states (800 kr. a time), or null when only the derived one exists. */
  unitRate: Ore | null;
  plannedUnitCost: Ore | null;
}

/** A budget line with its amounts once in øre: corrected (now) and original (as approved). */
export interface PlannerLine {
  id: string;
  name: string;
  side: BudgetSide;
  category: string | null;
  note: string | null;
  version: number;
  /** Corrected amount per budget year (a year without an amount is 0). */
  amounts: ReadonlyMap<number, Ore>;
  /** Null before the styregruppe approved the budget. */
  original: ReadonlyMap<number, Ore> | null;
  total: Ore;
  originalTotal: Ore | null;
  driver: DriverView | null;
  /** Which events in the flow become the line's activity; null: recorded by hand. */
  activitySource: string | null;
}

export interface PlannerView {
  id: string;
  name: string;
  status: PlannerBudgetData["status"];
  approved: boolean;
  approvedAt: string | null;
  version: number;
  years: number[];
  lines: PlannerLine[];
  byId: ReadonlyMap<string, PlannerLine>;
  /** Corrected and (after approval) original totals per side, per year and in all. */
  totals: SideTotals;
  originalTotals: SideTotals | null;
  pending: BudgetChange[];
}

export interface SideTotals {
  income: Ore;
  expense: Ore;
  years: ReadonlyMap<number, { income: Ore; expense: Ore }>;
}

function amountMap(amounts: ReadonlyArray<{ year: number; amount: string }>, years: readonly number[]): Map<number, Ore> {
  const byYear = new Map(amounts.map((a) => [a.year, toOre(a.amount)]));
  return new Map(years.map((year) => [year, byYear.get(year) ?? 0n]));
}

function toSideTotals(totals: NonNullable<PlannerBudgetData["originalTotals"]>): SideTotals {
  return {
    income: toOre(totals.income),
    expense: toOre(totals.expense),
    years: new Map(totals.years.map((y) => [y.year, { income: toOre(y.income), expense: toOre(y.expense) }])),
  };
}

export function toPlannerView(budget: PlannerBudgetData): PlannerView {
  const years = [...budget.years].sort((a, b) => a - b);
  const lines = [...budget.lines]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map<PlannerLine>((line) => ({
      id: line.id,
      name: line.name,
      side: line.side,
      category: line.category,
      note: line.note,
      version: line.version,
      amounts: amountMap(line.amounts, years),
      original: line.originalAmounts ? amountMap(line.originalAmounts, years) : null,
      total: toOre(line.total),
      originalTotal: line.originalTotal === null ? null : toOre(line.originalTotal),
      driver: line.driver
        ? {
            unit: line.driver.unit,
            plannedQuantity: toHundredths(line.driver.plannedQuantity) ?? 0n,
            unitRate: line.driver.unitRate === null ? null : toOre(line.driver.unitRate),
            plannedUnitCost: line.driver.plannedUnitCost === null ? null : toOre(line.driver.plannedUnitCost),
          }
        : null,
      activitySource: line.activitySource,
    }));
  return {
    id: budget.id,
    name: budget.name,
    status: budget.status,
    approved: budget.status === "APPROVED",
    approvedAt: budget.approvedAt,
    version: budget.version,
    years,
    lines,
    byId: new Map(lines.map((l) => [l.id, l])),
    totals: toSideTotals(budget.totals),
    originalTotals: budget.originalTotals ? toSideTotals(budget.originalTotals) : null,
    pending: budget.pendingChanges ?? [],
  };
}

/** The line as the domain's adjustment rules take it (moveEntries, changeEntries, applyEntries). */
export function toLineState(line: PlannerLine): LineAmountState {
  return { id: line.id, side: line.side, amounts: line.amounts };
}

/** "50 timer × 800 kr."; a rate the document does not state is marked as computed. */
export function describeDriver(driver: DriverView): string {
  const quantity = `${formatQuantityDa(driver.plannedQuantity)} ${driver.unit}`;
  if (driver.unitRate !== null) return `${quantity} × ${formatKr(driver.unitRate)}`;
  if (driver.plannedUnitCost !== null) return `${quantity} × ca. ${formatKr(driver.plannedUnitCost)} (beregnet)`;
  return quantity;
}

export const SIDE_LABELS: Record<BudgetSide, string> = { INCOME: "Indtægter", EXPENSE: "Udgifter" };

export const KIND_LABELS: Record<AdjustmentKind, string> = { MOVE: "Omplacering", CHANGE: "Ændring af linje" };

/** Lines in document order, grouped by their category as the document groups them. */
export function groupByCategory<T extends { category: string | null }>(lines: readonly T[]): Array<{ category: string | null; lines: T[] }> {
  const groups: Array<{ category: string | null; lines: T[] }> = [];
  for (const line of lines) {
    const group = groups.find((g) => g.category === line.category);
    if (group) group.lines.push(line);
    else groups.push({ category: line.category, lines: [line] });
  }
  return groups;
}

export const CHANGE_STATUS_LABELS: Record<BudgetChange["status"], string> = {
  APPLIED: "Gennemført",
  PENDING: "Afventer styregruppen",
  REJECTED: "Afvist",
};

/** The change's entries with their deltas in øre. */
export function changeEntriesOf(
  change: BudgetChange,
): Array<{ lineId: string; lineName: string; year: number; delta: Ore; before: Ore | null; after: Ore | null }> {
  return change.entries.map((e) => ({
    lineId: e.lineId,
    lineName: e.lineName,
    year: e.year,
    delta: toOre(e.delta),
    before: e.before === null ? null : toOre(e.before),
    after: e.after === null ? null : toOre(e.after),
  }));
}

/** "10.000 kr. fra Andre udgifter til Lægekonsulent … (2012)"; a change names each line's change. */
export function describeChange(change: BudgetChange): string {
  const entries = changeEntriesOf(change);
  const years = [...new Set(entries.map((e) => e.year))].join(", ");
  if (change.kind === "MOVE") {
    const from = entries.find((e) => e.delta < 0n);
    const to = entries.find((e) => e.delta > 0n);
    if (from && to) return `${formatKr(to.delta)} fra ${from.lineName} til ${to.lineName} (${years})`;
  }
  const parts = entries.map((e) => `${e.lineName} ${e.delta > 0n ? "+" : ""}${formatKr(e.delta)}`);
  return `${parts.join(" og ")} (${years})${change.grantText ? `, finansieret af ny bevilling` : ""}`;
}
