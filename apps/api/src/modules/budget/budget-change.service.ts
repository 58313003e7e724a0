import { Budget, BudgetChange, BudgetChangeEntry, Project } from "@overblik/db";
import {
  AdjustmentError,
  changeEntries,
  formatMoney,
  moveEntries,
  oreFromDb,
  requiresApproval,
  type AdjustmentEntry,
  type BudgetSide,
  type LineAmountState,
} from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, forbidden, notFound } from "../../common/errors.js";
import { rowsOf } from "../../common/sql.js";
import type { Context } from "../../context.js";
import { changeById } from "./budget-change.repository.js";
import { budgetYearRange, toBudgetType } from "./budget.service.js";
import {
  AdjustmentKindEnum,
  BudgetChangeStatusEnum,
  type AdjustBudgetInput,
  type ApproveBudgetInput,
  type BudgetChangeType,
  type DecideBudgetChangeInput,
} from "./budget-change.types.js";
import type { BudgetLineType, BudgetType } from "./budget.types.js";

interface LineState extends LineAmountState {
  name: string;
  version: number;
}

async function loadLines(tx: EntityManager, budgetId: string, lineIds: string[]): Promise<Map<string, LineState>> {
  const rows: Array<{ id: string; name: string; side: BudgetSide; version: number; amounts: Array<{ year: number; ore: string }> | null }> =
    await tx.query(
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

function conflict(lines: Iterable<LineState>): DomainError {
  return new DomainError(
    "CONFLICT",
    "Budgettet er ændret, siden du hentede det. Se de aktuelle tal, og prøv igen.",
    {
      currentLines: [...lines].map((l) => ({
        lineId: l.id,
        name: l.name,
        version: l.version,
        amounts: [...l.amounts].map(([year, amount]) => ({ year, amount: formatMoney(amount) })),
      })),
    },
  );
}

function badInput(message: string): DomainError {
  return new DomainError("BAD_USER_INPUT", message);
}

/** Applies the entries of a change to the corrected budget and records each line's before and after. */
async function applyChange(tx: EntityManager, changeId: string, entries: readonly AdjustmentEntry[]): Promise<void> {
  for (const entry of entries) {
    const delta = entry.delta.toString();
    let rows = await rowsOf<{ before: string; after: string }>(
      tx,
      `UPDATE budget_line_amount SET amount_ore = amount_ore + $3::bigint
        WHERE budget_line_id = $1 AND year = $2
        RETURNING (amount_ore - $3::bigint)::text AS before, amount_ore::text AS after`,
      [entry.lineId, entry.year, delta],
    );
    if (rows.length === 0) {
      // A year the line had no amount in: it was 0 in the original budget too.
      rows = await rowsOf(
        tx,
        `INSERT INTO budget_line_amount (budget_line_id, year, amount_ore, original_amount_ore)
         VALUES ($1, $2, $3::bigint, 0) RETURNING '0' AS before, amount_ore::text AS after`,
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

/** A new income line at the end of the budget's income side, without amounts (a year missing counts as 0). */
async function createIncomeLine(tx: EntityManager, budgetId: string, name: string): Promise<string> {
  const taken = await rowsOf<{ id: string }>(tx, `SELECT id FROM budget_line WHERE budget_id = $1 AND side = 'INCOME' AND lower(name) = lower($2)`, [
    budgetId,
    name,
  ]);
  if (taken.length > 0) throw badInput(`Budgettet har allerede en indtægtslinje, der hedder ${name}. Vælg den i stedet for at oprette en ny.`);
  const [row] = await rowsOf<{ id: string }>(
    tx,
    `INSERT INTO budget_line (budget_id, side, name, sort_order)
     VALUES ($1, 'INCOME', $2, (SELECT COALESCE(max(sort_order), 0) + 1 FROM budget_line WHERE budget_id = $1 AND side = 'INCOME'))
     RETURNING id`,
    [budgetId, name],
  );
  if (!row) throw new Error("budget_line insert returned no row");
  return row.id;
}

export async function adjustBudget(ctx: Context, input: AdjustBudgetInput): Promise<BudgetChangeType> {
  const user = requireUser(ctx);
  const changeId = await ctx.manager.transaction(async (tx) => {
    const budget = await tx.findOne(Budget, { where: { id: input.budgetId } });
    if (!budget) throw notFound("Budgettet");
    await requireAccess(ctx, "budget.adjust", budget.projectId, tx);
    if (budget.status !== "APPROVED") {
      throw badInput("Budgettet er ikke godkendt af styregruppen endnu. Justeringer registreres først, når det oprindelige budget er låst.");
    }
    const project = await tx.findOneByOrFail(Project, { id: budget.projectId });
    const grantLineId = input.kind === AdjustmentKindEnum.CHANGE && !input.financingLineId ? (input.grantIncomeLineId ?? null) : null;
    const lineIds =
      input.kind === AdjustmentKindEnum.MOVE
        ? [input.fromLineId, input.toLineId]
        : [input.lineId, ...(input.financingLineId ? [input.financingLineId] : []), ...(grantLineId ? [grantLineId] : [])];
    if (lineIds.some((id) => !id)) {
      throw badInput(
        input.kind === AdjustmentKindEnum.MOVE
          ? "Vælg både den linje, der flyttes fra, og den, der flyttes til."
          : "Vælg den linje, der ændres.",
      );
    }
    const ids = [...new Set(lineIds as string[])].sort();
    const lines = await loadLines(tx, budget.id, ids);
    if (lines.size !== ids.length) throw badInput("En af de valgte linjer hører ikke til budgettet.");
    const line = (id: string | null | undefined) => lines.get(id ?? "") as LineState;

    // A grant booked on a new income line: the line is created in this transaction, so a refused change leaves none.
    const newGrantLineName = input.kind === AdjustmentKindEnum.CHANGE && !input.financingLineId && !grantLineId ? input.grantIncomeLineName?.trim() || null : null;
    const grantIncomeLine: LineState | null = grantLineId
      ? line(grantLineId)
      : newGrantLineName
        ? { id: "", name: newGrantLineName, side: "INCOME", version: 1, amounts: new Map() }
        : null;

    let entries: AdjustmentEntry[];
    try {
      const years = budgetYearRange(budget);
      entries =
        input.kind === AdjustmentKindEnum.MOVE
          ? moveEntries(line(input.fromLineId), line(input.toLineId), input.year, input.amount, years)
          : changeEntries(
              line(input.lineId),
              input.year,
              input.amount,
              input.financingLineId ? { line: line(input.financingLineId) } : { grantText: input.grantText ?? "", incomeLine: grantIncomeLine },
              years,
            );
    } catch (error) {
      if (error instanceof AdjustmentError) throw badInput(error.message);
      throw error;
    }

    if (grantIncomeLine && newGrantLineName) {
      grantIncomeLine.id = await createIncomeLine(tx, budget.id, newGrantLineName);
      entries = entries.map((e) => (e.lineId === "" ? { ...e, lineId: grantIncomeLine.id } : e));
      lines.set(grantIncomeLine.id, grantIncomeLine);
    }
    const needsApproval = requiresApproval(entries, (id) => line(id).side, oreFromDb(project.approvalThresholdOre));
    // No lost updates: every touched line must still have the version the leader's screen showed.
    for (const id of ids) {
      const expected = input.expectedLineVersions.find((v) => v.lineId === id);
      if (!expected) throw badInput("Angiv den version af hver linje, som din skærm viste (expectedLineVersions).");
      const sql = needsApproval
        ? `SELECT id FROM budget_line WHERE id = $1 AND version = $2 FOR SHARE`
        : `UPDATE budget_line SET version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`;
      const rows = await rowsOf<{ id: string }>(tx, sql, [id, expected.version]);
      // Read inside the transaction (READ COMMITTED sees the winner's commit); another connection could starve the pool.
      if (rows.length !== 1) throw conflict((await loadLines(tx, budget.id, ids)).values());
    }

    const change = await tx.save(
      tx.create(BudgetChange, {
        budgetId: budget.id,
        kind: input.kind,
        status: needsApproval ? "PENDING" : "APPLIED",
        requiresApproval: needsApproval,
        reason: input.reason.trim(),
        grantText: input.kind === AdjustmentKindEnum.CHANGE && !input.financingLineId ? (input.grantText ?? "").trim() : null,
        requestedBy: user.id,
        decidedBy: null,
        decidedAt: null,
        decisionComment: null,
      }),
    );
    await tx.insert(
      BudgetChangeEntry,
      entries.map((e) => ({ changeId: change.id, budgetLineId: e.lineId, year: e.year, deltaOre: e.delta.toString() })),
    );
    if (!needsApproval) await applyChange(tx, change.id, entries);
    ctx.logger.info({ budgetId: budget.id, changeId: change.id, pending: needsApproval }, "budget adjusted");
    return change.id;
  });
  return loadChange(ctx, changeId);
}

/**
 * A rejected change financed by a new grant leaves no empty income line behind: the line the request created (in
 * the same transaction, so with the change's own timestamp) goes with its entry, unless something else has used it
 * since (an amount, a posting, activity or another change). The request itself, with its grant text and the
 * expense it asked for, stays in the history.
 */
async function removeUnusedGrantLine(tx: EntityManager, changeId: string): Promise<void> {
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

export async function decideBudgetChange(ctx: Context, input: DecideBudgetChangeInput): Promise<BudgetChangeType> {
  const user = requireUser(ctx);
  await ctx.manager.transaction(async (tx) => {
    const change = await tx.findOne(BudgetChange, { where: { id: input.changeId } });
    if (!change) throw notFound("Ændringen");
    const budget = await tx.findOneByOrFail(Budget, { id: change.budgetId });
    await requireAccess(ctx, "budget.approve", budget.projectId, tx);
    if (change.requestedBy === user.id) throw forbidden("at afgøre din egen anmodning; en anden i styregruppen skal gøre det");
    if (change.status !== "PENDING") {
      throw new DomainError("CONFLICT", "Ændringen er allerede afgjort.", { status: change.status, version: change.version });
    }
    const decided = await rowsOf<{ id: string }>(
      tx,
      `UPDATE budget_change
          SET status = $3, decided_by = $4, decided_at = now(), decision_comment = $5, version = version + 1
        WHERE id = $1 AND version = $2 AND status = 'PENDING'
        RETURNING id`,
      [change.id, input.expectedVersion, input.approve ? "APPLIED" : "REJECTED", user.id, input.comment?.trim() || null],
    );
    if (decided.length !== 1) {
      throw new DomainError("CONFLICT", "Ændringen er ændret, siden du hentede den. Hent den igen.", { version: change.version });
    }
    if (!input.approve) await removeUnusedGrantLine(tx, change.id);
    if (input.approve) {
      const entries = await tx.find(BudgetChangeEntry, { where: { changeId: change.id } });
      const lineIds = [...new Set(entries.map((e) => e.budgetLineId))].sort();
      // Lines change: screens holding the old version must reload before their own adjustment.
      await tx.query(`UPDATE budget_line SET version = version + 1 WHERE id = ANY($1::uuid[])`, [lineIds]);
      await applyChange(
        tx,
        change.id,
        entries.map((e) => ({ lineId: e.budgetLineId, year: e.year, delta: oreFromDb(e.deltaOre) })),
      );
    }
  });
  return loadChange(ctx, input.changeId);
}

export async function approveBudget(ctx: Context, input: ApproveBudgetInput): Promise<BudgetType> {
  const user = requireUser(ctx);
  await ctx.manager.transaction(async (tx) => {
    const budget = await tx.findOne(Budget, { where: { id: input.budgetId } });
    if (!budget) throw notFound("Budgettet");
    await requireAccess(ctx, "budget.approve", budget.projectId, tx);
    if (budget.status === "APPROVED") throw new DomainError("CONFLICT", "Budgettet er allerede godkendt.", { version: budget.version });
    // The leader hands the draft over first ("Send til godkendelse"); the styregruppe approves what it was given.
    if (budget.status === "DRAFT") throw new DomainError("CONFLICT", "Budgettet skal sendes til godkendelse først.", { version: budget.version });
    const rows = await rowsOf<{ id: string }>(
      tx,
      `UPDATE budget SET status = 'APPROVED', approved_at = now(), approved_by = $3, version = version + 1
        WHERE id = $1 AND version = $2 AND status = 'SUBMITTED' RETURNING id`,
      [budget.id, input.expectedVersion, user.id],
    );
    if (rows.length !== 1) throw new DomainError("CONFLICT", "Budgettet er ændret, siden du hentede det. Hent det igen.", { version: budget.version });
    // Frozen: the original budget is the corrected one at the moment of approval.
    await tx.query(
      `UPDATE budget_line_amount a SET original_amount_ore = a.amount_ore
         FROM budget_line l WHERE l.id = a.budget_line_id AND l.budget_id = $1`,
      [budget.id],
    );
  });
  const budget = await ctx.manager.findOneByOrFail(Budget, { id: input.budgetId });
  return toBudgetType(budget);
}

async function loadChange(ctx: Context, id: string): Promise<BudgetChangeType> {
  const change = await changeById(ctx.manager, id);
  if (!change) throw notFound("Ændringen");
  requireReadAccess(ctx, "project.read", change.projectId);
  return change;
}

/** The budget's history, newest first; optionally only one status (e.g. the styregruppe's pending decisions). */
export async function budgetChanges(ctx: Context, budget: BudgetType, status?: BudgetChangeStatusEnum | null): Promise<BudgetChangeType[]> {
  requireReadAccess(ctx, "budget.read", budget.projectId);
  const changes = await ctx.loaders.changesByBudget.load(budget.id);
  return changes.filter((c) => !status || c.status === status);
}

export async function lineHistory(ctx: Context, line: BudgetLineType): Promise<BudgetChangeType[]> {
  const budget = await ctx.loaders.budgetById.load(line.budgetId);
  if (!budget) throw notFound("Budgettet");
  requireReadAccess(ctx, "budget.read", budget.projectId);
  const changes = await ctx.loaders.changesByBudget.load(line.budgetId);
  return changes.filter((c) => c.entries.some((e) => e.lineId === line.id));
}
