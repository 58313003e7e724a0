import { oreFromDb, parseQuantity, type BudgetSide, type Hundredths, type Ore } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { preparedRowsForIds } from "../../common/sql.js";

/*
 * A budget's lines as every reader sees them (budget screens, follow-up, dashboard, portfolio), with the one mapping
 * of a line row, and the names of the users a budget refers to. The per-request loaders (budget.loaders.ts) batch
 * their keys into these; the hot two run as prepared statements (common/sql.ts's preparedRowsForIds).
 */

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

/** A line's spend and delivered activity as of a date: what the follow-up judges the line's budget against. */
export interface LineSums {
  spent: Ore;
  delivered: Hundredths;
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
  l.driver_unit, l.driver_quantity::text AS driver_quantity, l.driver_unit_rate_ore,
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
            unitRate: oreFromDb(row.driver_unit_rate_ore),
          }
        : null,
    amounts: (row.amounts ?? []).map((a) => ({
      year: a.year,
      amount: oreFromDb(a.amount_ore),
      original: oreFromDb(a.original_ore),
    })),
  };
}

function linesPerBudget(budgetIds: readonly string[], rows: readonly LineRow[]): Map<string, LineRecord[]> {
  const byBudget = new Map<string, LineRecord[]>(budgetIds.map((id) => [id, []]));
  for (const row of rows) byBudget.get(row.budget_id)?.push(toLineRecord(row));
  return byBudget;
}

/** The lines of many budgets, with their amounts per year, in one statement; every budget asked for has an entry. */
export async function linesOfBudgets(manager: EntityManager, budgetIds: readonly string[]): Promise<Map<string, LineRecord[]>> {
  const rows = await preparedRowsForIds<LineRow>(
    manager,
    "overblik_lines_by_budget",
    `SELECT ${LINE_COLUMNS} FROM budget_line l WHERE l.budget_id IN_IDS ORDER BY l.budget_id, l.sort_order, l.name`,
    budgetIds,
  );
  return linesPerBudget(budgetIds, rows);
}

/**
 * Spend and delivered activity per line of many budgets as of a date (and optionally one year), in one statement
 * that brings the lines themselves too (so a follow-up that asks for the sums first and the lines after costs one
 * round trip). Every budget asked for has an entry in both maps.
 */
export async function followUpSumsOfBudgets(
  manager: EntityManager,
  budgetIds: readonly string[],
  asOf: string,
  year: number | null,
): Promise<{ sums: Map<string, Map<string, LineSums>>; lines: Map<string, LineRecord[]> }> {
  // The year's window as a statement of its own: "$3 IS NULL OR …" would leave the generic plan to test
  // both on every posting.
  const window = (column: string) => (year === null ? "" : `AND ${column} BETWEEN make_date($3, 1, 1) AND make_date($3, 12, 31)`);
  const rows = await preparedRowsForIds<LineRow & { spent: string; delivered: string }>(
    manager,
    year === null ? "overblik_follow_up_sums" : "overblik_follow_up_sums_year",
    `SELECT ${LINE_COLUMNS},
            COALESCE((SELECT sum(p.amount_ore) FROM budget_posting p
                       WHERE p.budget_line_id = l.id AND p.posting_date <= $2 ${window("p.posting_date")}), 0) AS spent,
            COALESCE((SELECT sum(a.quantity) FROM activity_entry a
                       WHERE a.budget_line_id = l.id AND a.activity_date <= $2 ${window("a.activity_date")}), 0)::text AS delivered
       FROM budget_line l WHERE l.budget_id IN_IDS ORDER BY l.budget_id, l.sort_order, l.name`,
    budgetIds,
    year === null ? [asOf] : [asOf, year],
  );
  const sums = new Map<string, Map<string, LineSums>>(budgetIds.map((id) => [id, new Map()]));
  for (const r of rows) sums.get(r.budget_id)?.set(r.id, { spent: oreFromDb(r.spent), delivered: parseQuantity(r.delivered) });
  return { sums, lines: linesPerBudget(budgetIds, rows) };
}

/** Names of users a budget refers to (who sent it back), by id. */
export async function userRefs(manager: EntityManager, ids: readonly string[]): Promise<Map<string, { id: string; name: string }>> {
  const rows: Array<{ id: string; name: string }> = await manager.query(`SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r]));
}
