import { Project } from "@overblik/db";
import { DEFAULT_RULES, describeRules, divRoundHalfAway, followUpLine, followUpTotals, sumOre, type Hundredths, type Ore } from "@overblik/domain";
import { requireIsoDate } from "../../common/validation.js";
import { requireReadAccess } from "../../common/access.js";
import { DomainError } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { BudgetSideEnum } from "../../common/enums.js";
import type { BudgetType } from "./budget.types.js";
import { type BudgetFollowUpType, type FollowUpLineType, type FollowUpTotalsType, ForecastMethodEnum, RagEnum } from "./follow-up.types.js";

const COPENHAGEN_DATE = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" });

export function todayInCopenhagen(now = new Date()): string {
  return COPENHAGEN_DATE.format(now);
}

const percent = (bp: bigint | null): number | null => (bp === null ? null : Number(bp) / 100);

/**
 * The follow-up of one budget for a date, for the whole budget or one year. Spend and activity are
 * summed in SQL (one statement for all budgets a request follows up, whatever the number of lines or postings);
 * the rules are packages/domain's.
 */
export async function budgetFollowUp(ctx: Context, budget: BudgetType, asOfInput?: string | null, year?: number | null): Promise<BudgetFollowUpType> {
  requireReadAccess(ctx, "budget.read", budget.projectId);
  const asOf = asOfInput ?? todayInCopenhagen();
  requireIsoDate(asOf);
  if (year !== null && year !== undefined && (year < budget.startYear || year > budget.endYear)) {
    throw new DomainError("BAD_USER_INPUT", `Året ${year} ligger uden for budgettets år ${budget.startYear}–${budget.endYear}.`);
  }
  const project = await ctx.loaders.projectById.load(budget.projectId);
  if (!project) throw new DomainError("NOT_FOUND", "Projektet findes ikke.");
  const period = followUpPeriod(project, year ?? null);

  // The sums first: their statement brings the lines too (primed into linesByBudget).
  const byId = await ctx.loaders.followUpSums.load(`${budget.id}|${asOf}|${year ?? ""}`);
  const lines = await ctx.loaders.linesByBudget.load(budget.id);
  const approved = budget.approvedAt !== null;
  const inYear = (amounts: Array<{ year: number; amount: Ore; original: Ore | null }>, pick: "amount" | "original") =>
    sumOre(amounts.filter((a) => year === null || year === undefined || a.year === year).map((a) => (pick === "amount" ? a.amount : (a.original ?? 0n))));

  const computed = lines.map((line) => {
    const s = byId.get(line.id);
    const corrected = inYear(line.amounts, "amount");
    const wholeCorrected = sumOre(line.amounts.map((a) => a.amount));
    // A one-year view plans the year's share of the quantity, in proportion to the year's budget.
    const driver = line.driver
      ? {
          unit: line.driver.unit,
          plannedQuantity:
            year === null || year === undefined || wholeCorrected === 0n
              ? line.driver.plannedQuantity
              : divRoundHalfAway(line.driver.plannedQuantity * corrected, wholeCorrected),
          unitRate: line.driver.unitRate,
        }
      : null;
    const delivered: Hundredths = s?.delivered ?? 0n;
    const input = {
      id: line.id,
      side: line.side,
      original: approved ? inYear(line.amounts, "original") : null,
      corrected,
      spent: s?.spent ?? 0n,
      driver,
      delivered,
      // Not approved yet (a draft or submitted): figures to discuss, not a budget to judge spending against.
      draft: !approved,
    };
    return { line, driver, delivered, result: followUpLine(input, period, asOf, DEFAULT_RULES) };
  });

  const names = new Map(lines.map((l) => [l.id, l.name]));
  const domainLines = computed.map((c) => c.result);
  const totals = (side: "INCOME" | "EXPENSE"): FollowUpTotalsType => {
    const t = followUpTotals(side, domainLines, (id) => names.get(id) ?? "", { draft: !approved });
    return { ...t, side: side as BudgetSideEnum, spentPercent: percent(t.spentBp), rag: t.rag as RagEnum };
  };
  const result: FollowUpLineType[] = computed.map(({ line, driver, delivered, result: r }) => ({
    lineId: line.id,
    name: line.name,
    category: line.category,
    side: line.side as BudgetSideEnum,
    original: r.original,
    corrected: r.corrected,
    spent: r.spent,
    rest: r.rest,
    spentPercent: percent(r.spentBp),
    activityPercent: percent(r.activityBp),
    driverUnit: driver?.unit ?? null,
    plannedQuantity: driver?.plannedQuantity ?? null,
    deliveredQuantity: driver ? delivered : null,
    plannedUnitCost: r.plannedUnitCost,
    actualUnitCost: r.actualUnitCost,
    burnRatePerMonth: r.burnRatePerMonth,
    forecast: r.forecast,
    forecastMethod: r.forecastMethod as ForecastMethodEnum,
    forecastExplanation: r.forecastExplanation,
    deviation: r.deviation,
    rag: r.rag as RagEnum,
    ragReason: r.ragReason,
  }));

  return {
    budgetName: budget.name,
    asOf,
    year: year ?? null,
    periodStart: period.start,
    periodEnd: period.end,
    lines: result,
    income: totals("INCOME"),
    expense: totals("EXPENSE"),
    rules: describeRules(DEFAULT_RULES),
  };
}

/** The project's period, or its part inside one budget year. */
export function followUpPeriod(project: Pick<Project, "startDate" | "endDate">, year: number | null): { start: string; end: string } {
  if (year === null) return { start: project.startDate, end: project.endDate };
  const yStart = `${year}-01-01`;
  const yEnd = `${year}-12-31`;
  const start = project.startDate > yStart ? project.startDate : yStart;
  const end = project.endDate < yEnd ? project.endDate : yEnd;
  return start <= end ? { start, end } : { start: yStart, end: yEnd };
}
