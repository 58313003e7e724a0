import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { changesOfBudgets } from "./budget-change.repository.js";
import type { BudgetChangeType } from "./budget-change.types.js";
import { followUpSumsOfBudgets, linesOfBudgets, userRefs, type LineRecord, type LineSums } from "./budget.repository.js";

export function createBudgetLoaders(manager: EntityManager) {
  /** The lines of many budgets, with their amounts per year, in one statement. */
  const linesByBudget = new DataLoader<string, LineRecord[]>(async (budgetIds) => {
    const byBudget = await linesOfBudgets(manager, budgetIds);
    return budgetIds.map((id) => byBudget.get(id) ?? []);
  });
  return {
    linesByBudget,
    /**
     * Spend and delivered activity per line of many budgets as of a date (and optionally one year): one
     * statement per date and year, however many budgets a request follows up (the portfolio follows up all).
     * The same statement brings the lines themselves, which it primes into linesByBudget, so a follow-up
     * that asks for the sums first and the lines after costs one round trip.
     * Key: `${budgetId}|${asOf}|${year ?? ""}`.
     */
    followUpSums: new DataLoader<string, Map<string, LineSums>>(async (keys) => {
      const groups = new Map<string, { asOf: string; year: number | null; budgetIds: string[] }>();
      for (const key of keys) {
        const [budgetId = "", asOf = "", year = ""] = key.split("|");
        const g = groups.get(`${asOf}|${year}`) ?? { asOf, year: year === "" ? null : Number(year), budgetIds: [] };
        g.budgetIds.push(budgetId);
        groups.set(`${asOf}|${year}`, g);
      }
      const result = new Map<string, Map<string, LineSums>>();
      for (const g of groups.values()) {
        const { sums, lines } = await followUpSumsOfBudgets(manager, g.budgetIds, g.asOf, g.year);
        for (const [budgetId, byLine] of sums) result.set(`${budgetId}|${g.asOf}|${g.year ?? ""}`, byLine);
        // prime() keeps what is already cached, so lines read earlier in the request stay as they were read.
        for (const [budgetId, budgetLines] of lines) linesByBudget.prime(budgetId, budgetLines);
      }
      return keys.map((k) => result.get(k) ?? new Map());
    }),
    /** Names of users a budget refers to (who sent it back), one statement per request. */
    userRefById: new DataLoader<string, { id: string; name: string } | null>(async (ids) => {
      const byId = await userRefs(manager, ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
    changesByBudget: new DataLoader<string, BudgetChangeType[]>(async (budgetIds) => {
      const byBudget = await changesOfBudgets(manager, budgetIds);
      return budgetIds.map((id) => byBudget.get(id) ?? []);
    }),
  };
}
