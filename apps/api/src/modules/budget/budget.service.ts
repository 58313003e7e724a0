import type { Budget } from "@overblik/db";
import { accountParts, budgetTotals, lineTotal, unitCost } from "@overblik/domain";
import { requireReadAccess } from "../../common/access.js";
import type { Context } from "../../context.js";
import { BudgetSideEnum, BudgetStatusEnum } from "../../common/enums.js";
import type { LineRecord } from "./budget.repository.js";
import type { BudgetLineType, BudgetTotalsType, BudgetType, CompetencePoolType } from "./budget.types.js";

export function toBudgetType(b: Budget): BudgetType {
  return {
    id: b.id,
    projectId: b.projectId,
    name: b.name,
    priceLevelYear: b.priceLevelYear,
    startYear: b.startYear,
    endYear: b.endYear,
    status: b.status as BudgetStatusEnum,
    note: b.note,
    approvedAt: b.approvedAt ? b.approvedAt.toISOString() : null,
    submittedAt: b.submittedAt ? new Date(b.submittedAt).toISOString() : null,
    reviewComment: b.reviewComment ?? null,
    reviewedAt: b.reviewedAt ? new Date(b.reviewedAt).toISOString() : null,
    reviewedById: b.reviewedBy ?? null,
    version: b.version,
  };
}

/** Every year from the first to the last budget year, also years with no amount on any line. */
export function budgetYearRange(budget: Pick<BudgetType, "startYear" | "endYear">): number[] {
  const years: number[] = [];
  for (let y = budget.startYear; y <= budget.endYear; y++) years.push(y);
  return years;
}

function toLineType(line: LineRecord, years: number[], approved: boolean): BudgetLineType {
  const byYear = new Map(line.amounts.map((a) => [a.year, a.amount]));
  const originalByYear = new Map(line.amounts.map((a) => [a.year, a.original ?? 0n]));
  const allYears = [...new Set([...years, ...byYear.keys()])].sort((a, b) => a - b);
  const originalAmounts = approved ? allYears.map((year) => ({ year, amount: originalByYear.get(year) ?? 0n })) : null;
  const total = lineTotal(line);
  return {
    id: line.id,
    budgetId: line.budgetId,
    side: line.side as BudgetSideEnum,
    name: line.name,
    category: line.category,
    note: line.note,
    accountNumber: line.accountNumber,
    accountParts: line.accountNumber ? accountParts(line.accountNumber) : null,
    sortOrder: line.sortOrder,
    version: line.version,
    activitySource: line.activitySource,
    amounts: allYears.map((year) => ({ year, amount: byYear.get(year) ?? 0n })),
    total,
    originalAmounts,
    originalTotal: originalAmounts ? lineTotal({ amounts: originalAmounts }) : null,
    driver: line.driver ? { ...line.driver, plannedUnitCost: line.driver.unitRate ?? unitCost(total, line.driver.plannedQuantity) } : null,
  };
}

export async function projectBudgets(ctx: Context, projectId: string): Promise<BudgetType[]> {
  requireReadAccess(ctx, "project.read", projectId);
  return (await ctx.loaders.budgetsByProject.load(projectId)).map(toBudgetType);
}

export async function budgetLines(ctx: Context, budget: BudgetType, side?: BudgetSideEnum | null): Promise<BudgetLineType[]> {
  requireReadAccess(ctx, "project.read", budget.projectId);
  const years = budgetYearRange(budget);
  const lines = await ctx.loaders.linesByBudget.load(budget.id);
  return lines.filter((l) => !side || (l.side as BudgetSideEnum) === side).map((l) => toLineType(l, years, budget.approvedAt !== null));
}

export async function budgetTotalsFor(ctx: Context, budget: BudgetType, which: "corrected" | "original" = "corrected"): Promise<BudgetTotalsType | null> {
  requireReadAccess(ctx, "project.read", budget.projectId);
  if (which === "original" && !budget.approvedAt) return null;
  const lines = await ctx.loaders.linesByBudget.load(budget.id);
  const view = which === "original" ? lines.map((l) => ({ side: l.side, amounts: l.amounts.map((a) => ({ year: a.year, amount: a.original ?? 0n })) })) : lines;
  const totals = budgetTotals(view, budgetYearRange(budget));
  return {
    income: totals.income,
    expense: totals.expense,
    difference: totals.difference,
    balanced: totals.balanced,
    years: totals.perYear,
  };
}

export async function projectCompetencePools(ctx: Context, projectId: string): Promise<CompetencePoolType[]> {
  requireReadAccess(ctx, "project.read", projectId);
  const pools = await ctx.loaders.poolsByProject.load(projectId);
  return pools.map((p) => ({ id: p.id, projectId: p.projectId, name: p.name, amount: p.amountOre, description: p.description }));
}
