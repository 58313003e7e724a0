import { oreFromDb, parseQuantity, type BudgetSide, type Hundredths, type Ore } from "@overblik/domain";
import DataLoader from "dataloader";
import { preparedRowsForIds } from "../../common/sql.js";
import type { EntityManager } from "typeorm";
import { changesOfBudgets } from "./budget-change.repository.js";
import type { BudgetChangeType } from "./budget-change.types.js";

export interface LineRecord {
  id: string;
  budgetId: string;
  side: BudgetSide;
  name: string;
  category: string | null;
  note: string | null;
  accountNumber: string | null;
  sortOrder: number;
  version: number;
  /** Which flow events count as the line's activity; null: entered by hand. */
  activitySource: string | null;
  /** The activity the line pays for: unit, planned quantity (hundredths) and planned øre per unit. */
  driver: { unit: string; plannedQuantity: Hundredths; unitRate: Ore | null } | null;
  /** The corrected amount per year and, once the budget is approved, the original one. */
  amounts: Array<{ year: number; amount: Ore; original: Ore | null }>;
}

interface LineRow {
  id: string;
  budget_id: string;
  side: BudgetSide;
  name: string;
  category: string | null;
  note: string | null;
  account_number: string | null;
  sort_order: number;
  version: number;
  activity_source: string | null;
  driver_unit: string | null;
  driver_quantity: string | null;
  driver_unit_rate_ore: string | null;
  amounts: Array<{ year: number; amount_ore: string; original_ore: string | null }> | null;
}

/** A line's columns with its amounts per year (json), as LineRow names them. */
const LINE_COLUMNS = `l.id, l.budget_id, l.side, l.name, l.category, l.note, l.account_number, l.sort_order, l.version, l.activity_source,
  l.driver_unit, l.driver_quantity::text AS driver_quantity, l.driver_unit_rate_ore::text AS driver_unit_rate_ore,
  (SELECT json_agg(json_build_object('year', a.year, 'amount_ore', a.amount_ore::text, 'original_ore', a.original_amount_ore::text) ORDER BY a.year)
     FROM budget_line_amount a WHERE a.budget_line_id = l.id) AS amounts`;

function toLineRecord(row: LineRow): LineRecord {
  return {
    id: row.id,
    budgetId: row.budget_id,
    side: row.side,
    name: row.name,
    category: row.category,
    note: row.note,
    accountNumber: row.account_number,
    sortOrder: row.sort_order,
    version: row.version,
    activitySource: row.activity_source,
    driver:
      row.driver_unit && row.driver_quantity
        ? {
            unit: row.driver_unit,
            plannedQuantity: parseQuantity(row.driver_quantity),
            unitRate: row.driver_unit_rate_ore === null ? null : oreFromDb(row.driver_unit_rate_ore),
          }
        : null,
    amounts: (row.amounts ?? []).map((a) => ({
      year: a.year,
      amount: oreFromDb(a.amount_ore),
      original: a.original_ore === null ? null : oreFromDb(a.original_ore),
    })),
  };
}

function linesPerBudget(budgetIds: readonly string[], rows: readonly LineRow[]): Map<string, LineRecord[]> {
  const byBudget = new Map<string, LineRecord[]>(budgetIds.map((id) => [id, []]));
  for (const row of rows) byBudget.get(row.budget_id)?.push(toLineRecord(row));
  return byBudget;
}

export function createBudgetLoaders(manager: EntityManager) {
  /** The lines of many budgets, with their amounts per year, in one statement. */
  const linesByBudget = new DataLoader<string, LineRecord[]>(async (budgetIds) => {
    const rows = await preparedRowsForIds<LineRow>(
      manager,
      "overblik_lines_by_budget",
      `SELECT ${LINE_COLUMNS} FROM budget_line l WHERE l.budget_id IN_IDS ORDER BY l.budget_id, l.sort_order, l.name`,
      budgetIds,
    );
    const byBudget = linesPerBudget(budgetIds, rows);
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
    followUpSums: new DataLoader<string, Map<string, { spent: string; delivered: string }>>(async (keys) => {
      const groups = new Map<string, { asOf: string; year: number | null; budgetIds: string[] }>();
      for (const key of keys) {
        const [budgetId = "", asOf = "", year = ""] = key.split("|");
        const g = groups.get(`${asOf}|${year}`) ?? { asOf, year: year === "" ? null : Number(year), budgetIds: [] };
        g.budgetIds.push(budgetId);
        groups.set(`${asOf}|${year}`, g);
      }
      const result = new Map<string, Map<string, { spent: string; delivered: string }>>();
      for (const g of groups.values()) {
        // The year's window as a statement of its own: "$3 IS NULL OR …" would leave the generic plan to test
        // both on every posting.
        const window = (column: string) => (g.year === null ? "" : `AND ${column} BETWEEN make_date($3, 1, 1) AND make_date($3, 12, 31)`);
        const rows = await preparedRowsForIds<LineRow & { spent: string; delivered: string }>(
          manager,
          g.year === null ? "overblik_follow_up_sums" : "overblik_follow_up_sums_year",
          `SELECT ${LINE_COLUMNS},
                  COALESCE((SELECT sum(p.amount_ore) FROM budget_posting p
                             WHERE p.budget_line_id = l.id AND p.posting_date <= $2 ${window("p.posting_date")}), 0)::text AS spent,
                  COALESCE((SELECT sum(a.quantity) FROM activity_entry a
                             WHERE a.budget_line_id = l.id AND a.activity_date <= $2 ${window("a.activity_date")}), 0)::text AS delivered
             FROM budget_line l WHERE l.budget_id IN_IDS ORDER BY l.budget_id, l.sort_order, l.name`,
          g.budgetIds,
          g.year === null ? [g.asOf] : [g.asOf, g.year],
        );
        for (const id of g.budgetIds) result.set(`${id}|${g.asOf}|${g.year ?? ""}`, new Map());
        for (const r of rows) result.get(`${r.budget_id}|${g.asOf}|${g.year ?? ""}`)?.set(r.id, { spent: r.spent, delivered: r.delivered });
        // prime() keeps what is already cached, so lines read earlier in the request stay as they were read.
        for (const [budgetId, lines] of linesPerBudget(g.budgetIds, rows)) linesByBudget.prime(budgetId, lines);
      }
      return keys.map((k) => result.get(k) ?? new Map());
    }),
    /** Names of users a budget refers to (who sent it back), one statement per request. */
    userRefById: new DataLoader<string, { id: string; name: string } | null>(async (ids) => {
      const rows: Array<{ id: string; name: string }> = await manager.query(`SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])`, [ids]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    changesByBudget: new DataLoader<string, BudgetChangeType[]>(async (budgetIds) => {
      const byBudget = await changesOfBudgets(manager, budgetIds);
      return budgetIds.map((id) => byBudget.get(id) ?? []);
    }),
  };
}
