import type { Budget } from "@overblik/db";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { budgetYearRange, toBudgetType } from "./budget.service.js";
import type { BudgetType } from "./budget.types.js";
import { validateDraftLines } from "./budget-draft-lines.js";
import { badInput, stale } from "./budget-draft.errors.js";
import {
  budgetById,
  bumpVersion,
  copyBudgetLines,
  insertBudget,
  lineCount,
  loadBudget,
  rejectSubmitted,
  replaceDraftLines,
  submitDraft,
} from "./budget-draft.repository.js";
import type { CopyBudgetInput, CreateBudgetInput, RejectBudgetInput, SaveBudgetDraftInput, SubmitBudgetInput } from "./budget-draft.types.js";

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

async function projectYears(ctx: Context, projectId: string): Promise<{ first: number; last: number; name: string }> {
  const project = await ctx.loaders.projectById.load(projectId);
  if (!project) throw notFound("Projektet");
  return { first: yearOf(project.startDate), last: yearOf(project.endDate), name: project.name };
}

/** Only a draft can be edited or imported into; the draft's import asks this too. */
export function requireDraft(budget: Budget): void {
  if (budget.status !== "DRAFT") {
    throw new DomainError("CONFLICT", "Budgettet er sendt til godkendelse/godkendt og kan ikke rettes som udkast.", { status: budget.status });
  }
}

/** A new budget (created or copied) is a draft nobody has sent, reviewed or approved yet. */
const NEW_DRAFT = {
  status: "DRAFT",
  submittedAt: null,
  submittedBy: null,
  reviewComment: null,
  reviewedAt: null,
  reviewedBy: null,
  approvedAt: null,
  approvedBy: null,
} as const;

export async function createBudget(ctx: Context, input: CreateBudgetInput): Promise<BudgetType> {
  await requireAccess(ctx, "budget.draft", input.projectId);
  const period = await projectYears(ctx, input.projectId);
  const name = input.name.trim();
  if (name === "") throw badInput("Skriv budgettets navn.");
  if (input.endYear < input.startYear) throw badInput("Sidste budgetår kan ikke ligge før første budgetår.");
  if (input.startYear < period.first || input.endYear > period.last) {
    throw badInput(
      `Budgetårene skal ligge inden for projektets periode ${period.first}–${period.last}. Vælg år i den periode, eller ret projektets periode først.`,
    );
  }
  const budget = await insertBudget(ctx.manager, {
    projectId: input.projectId,
    name,
    startYear: input.startYear,
    endYear: input.endYear,
    priceLevelYear: input.priceLevelYear ?? null,
    note: input.note?.trim() ?? "",
    ...NEW_DRAFT,
  });
  ctx.logger.info({ budgetId: budget.id, projectId: budget.projectId }, "budget created");
  return toBudgetType(budget);
}

/** The budget as the API returns it after a write, read once the transaction has committed. */
export async function reload(ctx: Context, budgetId: string): Promise<BudgetType> {
  return toBudgetType(await budgetById(ctx.manager, budgetId));
}

export async function saveBudgetDraft(ctx: Context, input: SaveBudgetDraftInput): Promise<BudgetType> {
  await ctx.manager.transaction(async (tx) => {
    const budget = await loadBudget(tx, input.budgetId);
    await requireAccess(ctx, "budget.draft", budget.projectId, tx);
    requireDraft(budget);
    const lines = validateDraftLines(input.lines, budgetYearRange(budget));
    await bumpVersion(tx, budget.id, input.expectedVersion, "DRAFT");
    await replaceDraftLines(tx, budget.id, lines);
    ctx.logger.info({ budgetId: budget.id, lines: lines.length }, "budget draft saved");
  });
  return reload(ctx, input.budgetId);
}

export async function submitBudget(ctx: Context, input: SubmitBudgetInput): Promise<BudgetType> {
  const user = requireUser(ctx);
  await ctx.manager.transaction(async (tx) => {
    const budget = await loadBudget(tx, input.budgetId);
    await requireAccess(ctx, "budget.submit", budget.projectId, tx);
    if (budget.status !== "DRAFT") {
      throw new DomainError("CONFLICT", budget.status === "SUBMITTED" ? "Budgettet er allerede sendt til godkendelse." : "Budgettet er allerede godkendt.");
    }
    if ((await lineCount(tx, budget.id)) === 0) throw badInput("Budgettet har ingen linjer. Skriv eller importér linjerne, før du sender det til godkendelse.");
    // Balance is shown (Budget.totals.balanced), never forced: a budget that does not balance can be submitted.
    if (!(await submitDraft(tx, budget.id, input.expectedVersion, user.id))) throw stale();
  });
  return reload(ctx, input.budgetId);
}

export async function rejectBudget(ctx: Context, input: RejectBudgetInput): Promise<BudgetType> {
  const user = requireUser(ctx);
  const comment = input.comment.trim();
  await ctx.manager.transaction(async (tx) => {
    const budget = await loadBudget(tx, input.budgetId);
    await requireAccess(ctx, "budget.approve", budget.projectId, tx);
    if (comment.length < 3) throw badInput("Skriv en kommentar til lederen (mindst 3 tegn).");
    if (budget.status !== "SUBMITTED") {
      throw new DomainError("CONFLICT", budget.status === "DRAFT" ? "Budgettet er ikke sendt til godkendelse." : "Budgettet er allerede godkendt.");
    }
    if (!(await rejectSubmitted(tx, budget.id, input.expectedVersion, { comment, reviewedBy: user.id }))) throw stale();
  });
  return reload(ctx, input.budgetId);
}

/**
 * A budget from another project as a template: a new DRAFT with the source's lines, drivers, categories, account
 * numbers and corrected amounts; no postings, activity or history. The copy keeps the source's number of years and
 * starts in the target project's first year (2012–2015 copied into a project from 2026 becomes 2026–2029), so a
 * year's amounts stay in the same position of the project; it must fit in the target project's period.
 */
export async function copyBudget(ctx: Context, input: CopyBudgetInput): Promise<BudgetType> {
  await requireAccess(ctx, "budget.draft", input.projectId);
  const source = await ctx.loaders.budgetById.load(input.sourceBudgetId);
  if (!source) throw notFound("Budgettet");
  // Any read access to the source's project; without one it does not exist for this user.
  requireReadAccess(ctx, "project.read", source.projectId);
  const period = await projectYears(ctx, input.projectId);
  const shift = period.first - source.startYear;
  const startYear = source.startYear + shift;
  const endYear = source.endYear + shift;
  if (endYear > period.last) {
    throw badInput(
      `"${source.name}" dækker ${source.endYear - source.startYear + 1} år, men projektet kun ${period.first}–${period.last}. Kopiér et budget med færre år, eller forlæng projektets periode først.`,
    );
  }
  const id = await ctx.manager.transaction(async (tx) => {
    const copy = await insertBudget(tx, {
      projectId: input.projectId,
      name: input.name?.trim() || source.name,
      startYear,
      endYear,
      priceLevelYear: source.priceLevelYear,
      note: source.note,
      ...NEW_DRAFT,
    });
    const lines = await copyBudgetLines(tx, source.id, { id: copy.id, startYear, endYear }, shift);
    ctx.logger.info({ budgetId: copy.id, sourceBudgetId: source.id, lines }, "budget copied");
    return copy.id;
  });
  return reload(ctx, id);
}

/** The name of who sent the budget back, for "Sendt tilbage af …". */
export async function reviewerOf(ctx: Context, budget: BudgetType): Promise<{ id: string; name: string } | null> {
  if (!budget.reviewedById) return null;
  requireReadAccess(ctx, "project.read", budget.projectId);
  return ctx.loaders.userRefById.load(budget.reviewedById);
}
