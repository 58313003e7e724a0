import { Budget } from "@overblik/db";
import type { BudgetSide, Hundredths } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { DomainError, notFound } from "../../common/errors.js";
import { rowsOf } from "../../common/sql.js";
import type { DraftLine } from "./budget-draft-lines.js";
import { badInput, stale } from "./budget-draft.errors.js";

/*
 * The budget draft's SQL: the budget read and versioned inside the caller's transaction, a draft's line set
 * replaced, and a budget's lines copied into another. The draft's service and its import write through these.
 */

export /** The budget, read inside the caller's transaction. */
async function loadBudget(manager: EntityManager, budgetId: string): Promise<Budget> {
  const budget = await manager.findOne(Budget, { where: { id: budgetId } });
  if (!budget) throw notFound("Budgettet");
  return budget;
}

/** The budget, which must exist (read after a write, or through a row that refers to it). */
export function budgetById(manager: EntityManager, budgetId: string): Promise<Budget> {
  return manager.findOneByOrFail(Budget, { id: budgetId });
}

/** A new budget (created, or the copy of a template) with the given fields; returns it as stored. */
export function insertBudget(
  manager: EntityManager,
  fields: Pick<
    Budget,
    | "projectId"
    | "name"
    | "startYear"
    | "endYear"
    | "priceLevelYear"
    | "note"
    | "status"
    | "submittedAt"
    | "submittedBy"
    | "reviewComment"
    | "reviewedAt"
    | "reviewedBy"
    | "approvedAt"
    | "approvedBy"
  >,
): Promise<Budget> {
  return manager.save(manager.create(Budget, fields));
}

/** The number of lines the budget has. */
export async function lineCount(tx: EntityManager, budgetId: string): Promise<number> {
  const [count] = await rowsOf<{ n: number }>(tx, `SELECT count(*)::int AS n FROM budget_line WHERE budget_id = $1`, [budgetId]);
  return count?.n ?? 0;
}

/** The leader sends the draft at the version their screen showed; false when it has moved on or left DRAFT. */
export async function submitDraft(tx: EntityManager, budgetId: string, expectedVersion: number, submittedBy: string): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(
    tx,
    `UPDATE budget SET status = 'SUBMITTED', submitted_at = now(), submitted_by = $3, review_comment = NULL, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'DRAFT' RETURNING id`,
    [budgetId, expectedVersion, submittedBy],
  );
  return rows.length === 1;
}

/** The styregruppe sends the submitted budget back to DRAFT with a comment; false when it has moved on. */
export async function rejectSubmitted(
  tx: EntityManager,
  budgetId: string,
  expectedVersion: number,
  review: { comment: string; reviewedBy: string },
): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(
    tx,
    `UPDATE budget SET status = 'DRAFT', review_comment = $3, reviewed_at = now(), reviewed_by = $4, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'SUBMITTED' RETURNING id`,
    [budgetId, expectedVersion, review.comment, review.reviewedBy],
  );
  return rows.length === 1;
}

export /** Takes the budget's version (one writer at a time): 0 rows means someone else changed it, or it left DRAFT. */
async function bumpVersion(tx: EntityManager, budgetId: string, expectedVersion: number, status: Budget["status"]): Promise<void> {
  const rows = await rowsOf<{ id: string }>(tx, `UPDATE budget SET version = version + 1 WHERE id = $1 AND version = $2 AND status = $3 RETURNING id`, [
    budgetId,
    expectedVersion,
    status,
  ]);
  if (rows.length !== 1) throw stale();
}

export /**
 * Makes the draft's line set exactly `lines`: lines with an id are updated, the others created, the draft's
 * remaining lines deleted. Sort order is the position in the list (one sequence over both sides, as the demo's
 * budgets number their lines), so each side's order is the list's. Runs inside the caller's transaction.
 */
async function replaceDraftLines(tx: EntityManager, budgetId: string, lines: readonly DraftLine[]): Promise<void> {
  const existing = new Set((await rowsOf<{ id: string }>(tx, `SELECT id FROM budget_line WHERE budget_id = $1`, [budgetId])).map((r) => r.id));
  const unknown = lines.findIndex((l) => l.id !== null && !existing.has(l.id));
  if (unknown >= 0) {
    throw new DomainError("CONFLICT", `Linje ${unknown + 1} (${lines[unknown]?.name}) findes ikke længere i udkastet. Hent budgettet igen.`);
  }
  const kept = lines.flatMap((l) => (l.id ? [l.id] : []));
  // Postings and recorded activity cascade with their line: a line that has them is never deleted from a draft.
  const used = await rowsOf<{ name: string }>(
    tx,
    `SELECT l.name FROM budget_line l
      WHERE l.budget_id = $1 AND NOT (l.id = ANY($2::uuid[]))
        AND (EXISTS (SELECT 1 FROM budget_posting p WHERE p.budget_line_id = l.id)
             OR EXISTS (SELECT 1 FROM activity_entry a WHERE a.budget_line_id = l.id))
      ORDER BY l.sort_order`,
    [budgetId, kept],
  );
  if (used.length > 0) {
    throw badInput(`Linjen "${used[0]?.name}" har posteringer eller registreret aktivitet og kan ikke slettes. Behold linjen, eller flyt posteringerne først.`);
  }
  await tx.query(`DELETE FROM budget_line WHERE budget_id = $1 AND NOT (id = ANY($2::uuid[]))`, [budgetId, kept]);
  const ids: string[] = [];
  for (const [index, line] of lines.entries()) {
    const values = [
      line.side,
      line.name,
      line.category,
      line.note,
      line.accountNumber,
      index,
      line.driver?.unit ?? null,
      line.driver ? formatHundredths(line.driver.quantity) : null,
      line.driver?.rate?.toString() ?? null,
    ];
    if (line.id) {
      await tx.query(
        `UPDATE budget_line SET side = $2, name = $3, category = $4, note = $5, account_number = $6, sort_order = $7,
                driver_unit = $8, driver_quantity = $9::numeric, driver_unit_rate_ore = $10::bigint, version = version + 1
          WHERE id = $1`,
        [line.id, ...values],
      );
      ids.push(line.id);
    } else {
      const [row] = await rowsOf<{ id: string }>(
        tx,
        `INSERT INTO budget_line (project_id, budget_id, side, name, category, note, account_number, sort_order, driver_unit, driver_quantity, driver_unit_rate_ore)
         SELECT b.project_id, b.id, $2, $3, $4, $5, $6, $7, $8, $9::numeric, $10::bigint FROM budget b WHERE b.id = $1 RETURNING id`,
        [budgetId, ...values],
      );
      if (!row) throw new Error("budget_line insert returned no row");
      ids.push(row.id);
    }
  }
  await tx.query(`DELETE FROM budget_line_amount WHERE budget_line_id = ANY($1::uuid[])`, [ids]);
  const amounts = lines.flatMap((l, i) => l.amounts.map((a) => ({ id: ids[i], year: a.year, ore: a.amount.toString() })));
  await tx.query(
    `INSERT INTO budget_line_amount (project_id, budget_line_id, year, amount_ore)
     SELECT l.project_id, t.* FROM unnest($1::uuid[], $2::int[], $3::bigint[]) AS t(line_id, year, ore) JOIN budget_line l ON l.id = t.line_id`,
    [amounts.map((a) => a.id), amounts.map((a) => a.year), amounts.map((a) => a.ore)],
  );
}

/** Hundredths as numeric text ("50.00"). */
function formatHundredths(q: Hundredths): string {
  return `${q / 100n}.${(q % 100n).toString().padStart(2, "0")}`;
}

interface SourceLine {
  side: BudgetSide;
  name: string;
  category: string | null;
  note: string | null;
  account_number: string | null;
  sort_order: number;
  activity_source: string | null;
  driver_unit: string | null;
  driver_quantity: string | null;
  driver_unit_rate_ore: string | null;
  amounts: Array<{ year: number; ore: string }> | null;
}

/**
 * Copies the source budget's lines (drivers, categories, account numbers, activity source) with their amounts into
 * the copy, each amount moved `shift` years; amounts that land outside the copy's years are left out. Runs inside
 * the caller's transaction. Returns the number of lines copied.
 */
export async function copyBudgetLines(
  tx: EntityManager,
  sourceBudgetId: string,
  copy: { id: string; startYear: number; endYear: number },
  shift: number,
): Promise<number> {
  const { startYear, endYear } = copy;
  const lines = await rowsOf<SourceLine>(
    tx,
    `SELECT l.side, l.name, l.category, l.note, l.account_number, l.sort_order, l.activity_source, l.driver_unit,
            l.driver_quantity::text AS driver_quantity, l.driver_unit_rate_ore,
            (SELECT json_agg(json_build_object('year', a.year, 'ore', a.amount_ore::text)) FROM budget_line_amount a WHERE a.budget_line_id = l.id) AS amounts
       FROM budget_line l WHERE l.budget_id = $1 ORDER BY l.side, l.sort_order, l.name`,
    [sourceBudgetId],
  );
  for (const l of lines) {
    const [row] = await rowsOf<{ id: string }>(
      tx,
      `INSERT INTO budget_line (project_id, budget_id, side, name, category, note, account_number, sort_order, activity_source, driver_unit, driver_quantity, driver_unit_rate_ore)
       SELECT b.project_id, b.id, $2, $3, $4, $5, $6, $7, $8, $9, $10::numeric, $11::bigint FROM budget b WHERE b.id = $1 RETURNING id`,
      [
        copy.id,
        l.side,
        l.name,
        l.category,
        l.note,
        l.account_number,
        l.sort_order,
        l.activity_source,
        l.driver_unit,
        l.driver_quantity,
        l.driver_unit_rate_ore,
      ],
    );
    const amounts = (l.amounts ?? []).filter((a) => a.year + shift >= startYear && a.year + shift <= endYear);
    await tx.query(
      `INSERT INTO budget_line_amount (project_id, budget_line_id, year, amount_ore)
       SELECT l.project_id, l.id, t.* FROM budget_line l, unnest($2::int[], $3::bigint[]) AS t WHERE l.id = $1`,
      [row?.id, amounts.map((a) => a.year + shift), amounts.map((a) => a.ore)],
    );
  }
  return lines.length;
}
