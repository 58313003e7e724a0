import { grantSentence, oreFromDb, type BudgetSide } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import type { AdjustmentKindEnum, BudgetChangeStatusEnum, BudgetChangeType } from "./budget-change.types.js";

/*
 * The budget changes' SQL, and the one mapping of a row to a BudgetChangeType: the service, the loaders and the
 * steering dashboard read changes through these functions (no SQL text leaves the module, and the loaders need no
 * service).
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
      before: e.before === null ? null : oreFromDb(e.before),
      after: e.after === null ? null : oreFromDb(e.after),
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
