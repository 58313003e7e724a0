import { BudgetChange, BudgetChangeEntry, Project } from "@overblik/db";
import { grantSentence, oreFromDb, type AdjustmentEntry, type BudgetSide, type LineAmountState, type Ore } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { rowsOf } from "../../common/sql.js";
import type { AdjustmentKindEnum, BudgetChangeStatusEnum, BudgetChangeType } from "./budget-change.types.js";

/*
 * The budget changes' SQL, and the one mapping of a row to a BudgetChangeType: the service, the loaders and the
 * steering dashboard read changes through these functions (no SQL text leaves the module, and the loaders need no
 * service). The writes of an adjustment, a decision and the approval run inside the caller's transaction (`tx`).
 */

interface ChangeRow {
  id: string;
  budget_id: string;
  project_id: string;
  kind: AdjustmentKindEnum;
  status: BudgetChangeStatusEnum;
  requires_approval: boolean;
  reason: string;
  grant_text: string | null;
  requested_by: string;
  requested_by_name: string;
  requested_at: Date;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  decision_comment: string | null;
  version: number;
  entries: Array<{ line_id: string; line_name: string; line_side: BudgetSide; year: number; delta: string; before: string | null; after: string | null }>;
}

const CHANGE_SELECT = `
  SELECT c.id, c.budget_id, b.project_id, c.kind, c.status, c.requires_approval, c.reason, c.grant_text,
         c.requested_by, ru.name AS requested_by_name, c.requested_at,
         c.decided_by, du.name AS decided_by_name, c.decided_at, c.decision_comment, c.version,
         (SELECT json_agg(json_build_object('line_id', e.budget_line_id, 'line_name', l.name, 'line_side', l.side, 'year', e.year,
                                            'delta', e.delta_ore::text, 'before', e.before_ore::text, 'after', e.after_ore::text)
                          ORDER BY e.delta_ore)
            FROM budget_change_entry e JOIN budget_line l ON l.id = e.budget_line_id
           WHERE e.change_id = c.id) AS entries
    FROM budget_change c
    JOIN budget b ON b.id = c.budget_id
    JOIN app_user ru ON ru.id = c.requested_by
    LEFT JOIN app_user du ON du.id = c.decided_by`;

function toChangeType(r: ChangeRow): BudgetChangeType {
  // A grant is booked on the change's income entry (changes made before grants were booked as income have none).
  const grantEntry = r.grant_text !== null ? (r.entries ?? []).find((e) => e.line_side === "INCOME") : undefined;
  return {
    id: r.id,
    budgetId: r.budget_id,
    projectId: r.project_id,
    kind: r.kind,
    status: r.status,
    requiresApproval: r.requires_approval,
    reason: r.reason,
    grantText: r.grant_text,
    summary: grantEntry ? grantSentence(oreFromDb(grantEntry.delta), grantEntry.line_name) : null,
    requestedBy: { id: r.requested_by, name: r.requested_by_name },
    requestedAt: new Date(r.requested_at).toISOString(),
    decidedBy: r.decided_by ? { id: r.decided_by, name: r.decided_by_name ?? "" } : null,
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    decisionComment: r.decision_comment,
    version: r.version,
    entries: (r.entries ?? []).map((e) => ({
      lineId: e.line_id,
      lineName: e.line_name,
      year: e.year,
      delta: oreFromDb(e.delta),
      before: oreFromDb(e.before),
      after: oreFromDb(e.after),
    })),
  };
}

type Reader = Pick<EntityManager, "query">;

/** One change, or null. */
export async function changeById(manager: Reader, id: string): Promise<BudgetChangeType | null> {
  const rows: ChangeRow[] = await manager.query(`${CHANGE_SELECT} WHERE c.id = $1`, [id]);
  return rows[0] ? toChangeType(rows[0]) : null;
}

/** The changes of several budgets, newest first per budget (for the loaders: one statement per request). */
export async function changesOfBudgets(manager: Reader, budgetIds: readonly string[]): Promise<Map<string, BudgetChangeType[]>> {
  const rows: ChangeRow[] = await manager.query(`${CHANGE_SELECT} WHERE c.budget_id = ANY($1::uuid[]) ORDER BY c.requested_at DESC`, [budgetIds]);
  const byBudget = new Map<string, BudgetChangeType[]>(budgetIds.map((id) => [id, []]));
  for (const row of rows) byBudget.get(row.budget_id)?.push(toChangeType(row));
  return byBudget;
}

/** The project's changes waiting for the styregruppe's decision, oldest first. */
export async function pendingChangesOfProject(manager: Reader, projectId: string): Promise<BudgetChangeType[]> {
  const rows: ChangeRow[] = await manager.query(`${CHANGE_SELECT} WHERE b.project_id = $1 AND c.status = 'PENDING' ORDER BY c.requested_at`, [projectId]);
  return rows.map(toChangeType);
}

/** A line as an adjustment sees it: its side and amounts per year (for packages/domain's rules), name and version. */
export interface LineState extends LineAmountState {
  name: string;
  version: number;
}

/** The budget's lines among `lineIds`, with their amounts per year; a line of another budget is left out. */
export async function adjustableLines(tx: EntityManager, budgetId: string, lineIds: string[]): Promise<Map<string, LineState>> {
  const rows: Array<{ id: string; name: string; side: BudgetSide; version: number; amounts: Array<{ year: number; ore: string }> | null }> = await tx.query(
    `SELECT l.id, l.name, l.side, l.version,
              (SELECT json_agg(json_build_object('year', a.year, 'ore', a.amount_ore::text))
                 FROM budget_line_amount a WHERE a.budget_line_id = l.id) AS amounts
         FROM budget_line l
        WHERE l.budget_id = $1 AND l.id = ANY($2::uuid[])`,
    [budgetId, lineIds],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        side: r.side,
        version: r.version,
        amounts: new Map((r.amounts ?? []).map((a) => [a.year, oreFromDb(a.ore)])),
      },
    ]),
  );
}

/** The project's approval threshold: adjustments moving more need the styregruppe. */
export async function approvalThreshold(tx: EntityManager, projectId: string): Promise<Ore> {
  return (await tx.findOneByOrFail(Project, { id: projectId })).approvalThresholdOre;
}

/** Whether the budget already has an income line of that name (case-insensitive). */
export async function hasIncomeLineNamed(tx: EntityManager, budgetId: string, name: string): Promise<boolean> {
  const taken = await rowsOf<{ id: string }>(tx, `SELECT id FROM budget_line WHERE budget_id = $1 AND side = 'INCOME' AND lower(name) = lower($2)`, [
    budgetId,
    name,
  ]);
  return taken.length > 0;
}

/** A new income line at the end of the budget's income side, without amounts (a year missing counts as 0). */
export async function insertIncomeLine(tx: EntityManager, budgetId: string, name: string): Promise<string> {
  const [row] = await rowsOf<{ id: string }>(
    tx,
    `INSERT INTO budget_line (project_id, budget_id, side, name, sort_order)
     SELECT b.project_id, b.id, 'INCOME', $2, (SELECT COALESCE(max(sort_order), 0) + 1 FROM budget_line WHERE budget_id = $1 AND side = 'INCOME')
       FROM budget b WHERE b.id = $1
     RETURNING id`,
    [budgetId, name],
  );
  if (!row) throw new Error("budget_line insert returned no row");
  return row.id;
}

/**
 * No lost updates: true when the line still has the version the leader's screen showed. A change that needs
 * approval only holds the line (FOR SHARE) until it commits; one applied at once takes the next version.
 */
export async function claimLineVersion(tx: EntityManager, lineId: string, expectedVersion: number, how: "hold" | "bump"): Promise<boolean> {
  const sql =
    how === "hold"
      ? `SELECT id FROM budget_line WHERE id = $1 AND version = $2 FOR SHARE`
      : `UPDATE budget_line SET version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`;
  const rows = await rowsOf<{ id: string }>(tx, sql, [lineId, expectedVersion]);
  return rows.length === 1;
}

/** The change and its entries (deltas without before/after, which applyChange records); returns the change's id. */
export async function insertChange(
  tx: EntityManager,
  change: Pick<BudgetChange, "projectId" | "budgetId" | "kind" | "status" | "requiresApproval" | "reason" | "grantText" | "requestedBy">,
  entries: readonly AdjustmentEntry[],
): Promise<string> {
  const saved = await tx.save(tx.create(BudgetChange, { ...change, decidedBy: null, decidedAt: null, decisionComment: null }));
  await tx.insert(
    BudgetChangeEntry,
    entries.map((e) => ({ projectId: change.projectId, changeId: saved.id, budgetLineId: e.lineId, year: e.year, deltaOre: e.delta })),
  );
  return saved.id;
}

/** Applies the entries of a change to the corrected budget and records each line's before and after. */
export async function applyChange(tx: EntityManager, changeId: string, entries: readonly AdjustmentEntry[]): Promise<void> {
  for (const entry of entries) {
    const delta = entry.delta.toString();
    let rows = await rowsOf<{ before: string; after: string }>(
      tx,
      `UPDATE budget_line_amount SET amount_ore = amount_ore + $3::bigint
        WHERE budget_line_id = $1 AND year = $2
        RETURNING amount_ore - $3::bigint AS before, amount_ore AS after`,
      [entry.lineId, entry.year, delta],
    );
    if (rows.length === 0) {
      // A year the line had no amount in: it was 0 in the original budget too.
      rows = await rowsOf(
        tx,
        `INSERT INTO budget_line_amount (project_id, budget_line_id, year, amount_ore, original_amount_ore)
         SELECT l.project_id, l.id, $2, $3::bigint, 0 FROM budget_line l WHERE l.id = $1 RETURNING '0' AS before, amount_ore AS after`,
        [entry.lineId, entry.year, delta],
      );
    }
    const row = rows[0];
    if (!row) throw new Error("budget amount update returned no row");
    await tx.query(
      `UPDATE budget_change_entry SET before_ore = $4::bigint, after_ore = $5::bigint
        WHERE change_id = $1 AND budget_line_id = $2 AND year = $3 AND before_ore IS NULL`,
      [changeId, entry.lineId, entry.year, row.before, row.after],
    );
  }
}

/** The change as stored (status, version, who asked), read inside the deciding transaction; null if there is none. */
export function changeRecord(tx: EntityManager, changeId: string): Promise<BudgetChange | null> {
  return tx.findOne(BudgetChange, { where: { id: changeId } });
}

/** Decides a pending change at the version the deciding screen showed; false when it has moved on. */
export async function decideChange(
  tx: EntityManager,
  decision: { changeId: string; expectedVersion: number; status: "APPLIED" | "REJECTED"; decidedBy: string; comment: string | null },
): Promise<boolean> {
  const decided = await rowsOf<{ id: string }>(
    tx,
    `UPDATE budget_change
        SET status = $3, decided_by = $4, decided_at = now(), decision_comment = $5, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'PENDING'
      RETURNING id`,
    [decision.changeId, decision.expectedVersion, decision.status, decision.decidedBy, decision.comment],
  );
  return decided.length === 1;
}

/** A change's entries as packages/domain's adjustment entries. */
export async function entriesOfChange(tx: EntityManager, changeId: string): Promise<AdjustmentEntry[]> {
  const entries = await tx.find(BudgetChangeEntry, { where: { changeId } });
  return entries.map((e) => ({ lineId: e.budgetLineId, year: e.year, delta: e.deltaOre }));
}

/** Lines change: screens holding the old version must reload before their own adjustment. */
export async function bumpLineVersions(tx: EntityManager, lineIds: readonly string[]): Promise<void> {
  await tx.query(`UPDATE budget_line SET version = version + 1 WHERE id = ANY($1::uuid[])`, [lineIds]);
}

/**
 * A rejected change financed by a new grant leaves no empty income line behind: the line the request created (in
 * the same transaction, so with the change's own timestamp) goes with its entry, unless something else has used it
 * since (an amount, a posting, activity or another change). The request itself, with its grant text and the
 * expense it asked for, stays in the history.
 */
export async function removeUnusedGrantLine(tx: EntityManager, changeId: string): Promise<void> {
  await tx.query(
    `DELETE FROM budget_line l USING budget_change c
      WHERE c.id = $1 AND c.grant_text IS NOT NULL AND l.side = 'INCOME' AND l.created_at = c.requested_at
        AND l.id IN (SELECT e.budget_line_id FROM budget_change_entry e WHERE e.change_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM budget_change_entry e WHERE e.budget_line_id = l.id AND e.change_id <> c.id)
        AND NOT EXISTS (SELECT 1 FROM budget_line_amount a WHERE a.budget_line_id = l.id AND a.amount_ore <> 0)
        AND NOT EXISTS (SELECT 1 FROM budget_posting p WHERE p.budget_line_id = l.id)
        AND NOT EXISTS (SELECT 1 FROM activity_entry a WHERE a.budget_line_id = l.id)`,
    [changeId],
  );
}

/** The styregruppe approves the submitted budget at the version it was shown; false when it has moved on. */
export async function approveSubmitted(tx: EntityManager, budgetId: string, expectedVersion: number, approvedBy: string): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(
    tx,
    `UPDATE budget SET status = 'APPROVED', approved_at = now(), approved_by = $3, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'SUBMITTED' RETURNING id`,
    [budgetId, expectedVersion, approvedBy],
  );
  return rows.length === 1;
}

/** Frozen: the original budget is the corrected one at the moment of approval. */
export async function freezeOriginalAmounts(tx: EntityManager, budgetId: string): Promise<void> {
  await tx.query(
    `UPDATE budget_line_amount a SET original_amount_ore = a.amount_ore
       FROM budget_line l WHERE l.id = a.budget_line_id AND l.budget_id = $1`,
    [budgetId],
  );
}
