import { formatQuantity, parseQuantity } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import type { PriceIndexEntryType } from "./price-index.types.js";

/* A budget's price index (pris- og lønindeks per year): read, and replaced as a whole. */

/** The budget's index per year, oldest first. */
export async function priceIndexOf(manager: EntityManager, budgetId: string): Promise<PriceIndexEntryType[]> {
  const rows: Array<{ year: number; index: string }> = await manager.query(
    `SELECT year, index::text AS index FROM budget_price_index WHERE budget_id = $1 ORDER BY year`,
    [budgetId],
  );
  return rows.map((r) => ({ year: r.year, index: parseQuantity(r.index) }));
}

/** Makes the budget's index exactly `entries`; the caller runs it in a transaction (all or nothing). */
export async function replacePriceIndex(tx: EntityManager, budgetId: string, entries: readonly PriceIndexEntryType[]): Promise<void> {
  await tx.query(`DELETE FROM budget_price_index WHERE budget_id = $1`, [budgetId]);
  if (entries.length > 0) {
    await tx.query(
      `INSERT INTO budget_price_index (project_id, budget_id, year, index)
       SELECT b.project_id, b.id, y, i FROM budget b, unnest($2::int[], $3::numeric[]) AS t(y, i) WHERE b.id = $1`,
      [budgetId, entries.map((e) => e.year), entries.map((e) => formatQuantity(e.index))],
    );
  }
}
