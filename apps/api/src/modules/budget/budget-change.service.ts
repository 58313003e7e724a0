import { AdjustmentError, changeEntries, formatMoney, moveEntries, requiresApproval, type AdjustmentEntry } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, forbidden, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import {
  adjustableLines,
  applyChange,
  approvalThreshold,
  approveSubmitted,
  bumpLineVersions,
  changeById,
  changeRecord,
  claimLineVersion,
  decideChange,
  entriesOfChange,
  freezeOriginalAmounts,
  hasIncomeLineNamed,
  insertChange,
  insertIncomeLine,
  removeUnusedGrantLine,
  type LineState,
} from "./budget-change.repository.js";
import { budgetById, loadBudget } from "./budget-draft.repository.js";
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

function conflict(lines: Iterable<LineState>): DomainError {
  return new DomainError("CONFLICT", "Budgettet er ændret, siden du hentede det. Se de aktuelle tal, og prøv igen.", {
    currentLines: [...lines].map((l) => ({
      lineId: l.id,
      name: l.name,
      version: l.version,
      amounts: [...l.amounts].map(([year, amount]) => ({ year, amount: formatMoney(amount) })),
    })),
  });
}

function badInput(message: string): DomainError {
  return new DomainError("BAD_USER_INPUT", message);
}

/** A new income line for a grant; the name must not be taken on the budget's income side. */
async function createIncomeLine(tx: EntityManager, budgetId: string, name: string): Promise<string> {
  if (await hasIncomeLineNamed(tx, budgetId, name)) {
    throw badInput(`Budgettet har allerede en indtægtslinje, der hedder ${name}. Vælg den i stedet for at oprette en ny.`);
  }
  return insertIncomeLine(tx, budgetId, name);
}

export async function adjustBudget(ctx: Context, input: AdjustBudgetInput): Promise<BudgetChangeType> {
  const user = requireUser(ctx);
  const changeId = await ctx.manager.transaction(async (tx) => {
    const budget = await loadBudget(tx, input.budgetId);
    await requireAccess(ctx, "budget.adjust", budget.projectId, tx);
    if (budget.status !== "APPROVED") {
      throw badInput("Budgettet er ikke godkendt af styregruppen endnu. Justeringer registreres først, når det oprindelige budget er låst.");
    }
    const threshold = await approvalThreshold(tx, budget.projectId);
    const grantLineId = input.kind === AdjustmentKindEnum.CHANGE && !input.financingLineId ? (input.grantIncomeLineId ?? null) : null;
    const lineIds =
      input.kind === AdjustmentKindEnum.MOVE
        ? [input.fromLineId, input.toLineId]
        : [input.lineId, ...(input.financingLineId ? [input.financingLineId] : []), ...(grantLineId ? [grantLineId] : [])];
    if (lineIds.some((id) => !id)) {
      throw badInput(input.kind === AdjustmentKindEnum.MOVE ? "Vælg både den linje, der flyttes fra, og den, der flyttes til." : "Vælg den linje, der ændres.");
    }
    const ids = [...new Set(lineIds as string[])].sort();
    const lines = await adjustableLines(tx, budget.id, ids);
    if (lines.size !== ids.length) throw badInput("En af de valgte linjer hører ikke til budgettet.");
    const line = (id: string | null | undefined) => lines.get(id ?? "") as LineState;

    // A grant booked on a new income line: the line is created in this transaction, so a refused change leaves none.
    const newGrantLineName =
      input.kind === AdjustmentKindEnum.CHANGE && !input.financingLineId && !grantLineId ? input.grantIncomeLineName?.trim() || null : null;
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
    const needsApproval = requiresApproval(entries, (id) => line(id).side, threshold);
    // No lost updates: every touched line must still have the version the leader's screen showed.
    for (const id of ids) {
      const expected = input.expectedLineVersions.find((v) => v.lineId === id);
      if (!expected) throw badInput("Angiv den version af hver linje, som din skærm viste (expectedLineVersions).");
      // Read inside the transaction (READ COMMITTED sees the winner's commit); another connection could starve the pool.
      if (!(await claimLineVersion(tx, id, expected.version, needsApproval ? "hold" : "bump"))) {
        throw conflict((await adjustableLines(tx, budget.id, ids)).values());
      }
    }

    const id = await insertChange(
      tx,
      {
        projectId: budget.projectId,
        budgetId: budget.id,
        kind: input.kind,
        status: needsApproval ? "PENDING" : "APPLIED",
        requiresApproval: needsApproval,
        reason: input.reason.trim(),
        grantText: input.kind === AdjustmentKindEnum.CHANGE && !input.financingLineId ? (input.grantText ?? "").trim() : null,
        requestedBy: user.id,
      },
      entries,
    );
    if (!needsApproval) await applyChange(tx, id, entries);
    ctx.logger.info({ budgetId: budget.id, changeId: id, pending: needsApproval }, "budget adjusted");
    return id;
  });
  return loadChange(ctx, changeId);
}

export async function decideBudgetChange(ctx: Context, input: DecideBudgetChangeInput): Promise<BudgetChangeType> {
  const user = requireUser(ctx);
  await ctx.manager.transaction(async (tx) => {
    const change = await changeRecord(tx, input.changeId);
    if (!change) throw notFound("Ændringen");
    const budget = await budgetById(tx, change.budgetId);
    await requireAccess(ctx, "budget.approve", budget.projectId, tx);
    if (change.requestedBy === user.id) throw forbidden("at afgøre din egen anmodning; en anden i styregruppen skal gøre det");
    if (change.status !== "PENDING") {
      throw new DomainError("CONFLICT", "Ændringen er allerede afgjort.", { status: change.status, version: change.version });
    }
    const decided = await decideChange(tx, {
      changeId: change.id,
      expectedVersion: input.expectedVersion,
      status: input.approve ? "APPLIED" : "REJECTED",
      decidedBy: user.id,
      comment: input.comment?.trim() || null,
    });
    if (!decided) {
      throw new DomainError("CONFLICT", "Ændringen er ændret, siden du hentede den. Hent den igen.", { version: change.version });
    }
    if (!input.approve) await removeUnusedGrantLine(tx, change.id);
    if (input.approve) {
      const entries = await entriesOfChange(tx, change.id);
      await bumpLineVersions(tx, [...new Set(entries.map((e) => e.lineId))].sort());
      await applyChange(tx, change.id, entries);
    }
  });
  return loadChange(ctx, input.changeId);
}

export async function approveBudget(ctx: Context, input: ApproveBudgetInput): Promise<BudgetType> {
  const user = requireUser(ctx);
  await ctx.manager.transaction(async (tx) => {
    const budget = await loadBudget(tx, input.budgetId);
    await requireAccess(ctx, "budget.approve", budget.projectId, tx);
    if (budget.status === "APPROVED") throw new DomainError("CONFLICT", "Budgettet er allerede godkendt.", { version: budget.version });
    // The leader hands the draft over first ("Send til godkendelse"); the styregruppe approves what it was given.
    if (budget.status === "DRAFT") throw new DomainError("CONFLICT", "Budgettet skal sendes til godkendelse først.", { version: budget.version });
    if (!(await approveSubmitted(tx, budget.id, input.expectedVersion, user.id)))
      throw new DomainError("CONFLICT", "Budgettet er ændret, siden du hentede det. Hent det igen.", { version: budget.version });
    await freezeOriginalAmounts(tx, budget.id);
  });
  return toBudgetType(await budgetById(ctx.manager, input.budgetId));
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
