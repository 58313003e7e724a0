import { atPriceLevel, formatQuantityDa, sumOre, type Hundredths } from "@overblik/domain";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { DomainError, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { BudgetSideEnum } from "../../common/enums.js";
import type { BudgetType } from "./budget.types.js";
import { priceIndexOf, replacePriceIndex } from "./price-index.repository.js";
import type { PriceIndexEntryType, RestatedBudgetType, SetPriceIndexInput } from "./price-index.types.js";

export async function priceIndex(ctx: Context, budget: BudgetType): Promise<PriceIndexEntryType[]> {
  requireReadAccess(ctx, "project.read", budget.projectId);
  return priceIndexOf(ctx.manager, budget.id);
}

/** Replaces the index table in one transaction (all or nothing). */
export async function setPriceIndex(ctx: Context, input: SetPriceIndexInput): Promise<PriceIndexEntryType[]> {
  const budget = await ctx.loaders.budgetById.load(input.budgetId);
  if (!budget) throw notFound("Budgettet");
  await requireAccess(ctx, "budget.adjust", budget.projectId);
  const years = new Set<number>();
  for (const e of input.entries) {
    if (years.has(e.year)) throw new DomainError("BAD_USER_INPUT", `Året ${e.year} står mere end én gang.`);
    if (e.index <= 0n) throw new DomainError("BAD_USER_INPUT", `Indekset for ${e.year} skal være større end 0.`);
    years.add(e.year);
  }
  await ctx.manager.transaction(async (tx) => {
    await replacePriceIndex(tx, budget.id, input.entries);
  });
  return priceIndexOf(ctx.manager, budget.id);
}

export async function restatedBudget(ctx: Context, budget: BudgetType, toYear: number): Promise<RestatedBudgetType> {
  requireReadAccess(ctx, "project.read", budget.projectId);
  if (budget.priceLevelYear === null) {
    throw new DomainError("BAD_USER_INPUT", "Budgettet har intet pris- og lønniveau (p/l), så det kan ikke omregnes.");
  }
  const index = new Map((await priceIndexOf(ctx.manager, budget.id)).map((e) => [e.year, e.index]));
  const from: Hundredths | undefined = index.get(budget.priceLevelYear);
  const to: Hundredths | undefined = index.get(toYear);
  if (from === undefined || to === undefined) {
    const missing = [budget.priceLevelYear, toYear].filter((y) => !index.has(y));
    throw new DomainError("BAD_USER_INPUT", `Prisindekset mangler for ${[...new Set(missing)].join(" og ")}. Indtast det under budgettets prisindeks.`);
  }
  const lines = await ctx.loaders.linesByBudget.load(budget.id);
  const restated = lines.map((l) => {
    const amounts = l.amounts.map((a) => ({ year: a.year, amount: atPriceLevel(a.amount, from, to) }));
    return { lineId: l.id, name: l.name, side: l.side as BudgetSideEnum, amounts, total: sumOre(amounts.map((a) => a.amount)) };
  });
  return {
    fromYear: budget.priceLevelYear,
    toYear,
    explanation: `Omregnet fra ${budget.priceLevelYear}-p/l (indeks ${formatQuantityDa(from)}) til ${toYear}-p/l (indeks ${formatQuantityDa(to)}).`,
    lines: restated,
    income: sumOre(restated.filter((l) => l.side === BudgetSideEnum.INCOME).map((l) => l.total)),
    expense: sumOre(restated.filter((l) => l.side === BudgetSideEnum.EXPENSE).map((l) => l.total)),
  };
}
