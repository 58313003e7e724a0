import type { Budget } from "@overblik/db";
import { parseBudgetSheet, type BudgetSheet } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { requireAccess } from "../../common/access.js";
import { BudgetSideEnum } from "../../common/enums.js";
import type { Context } from "../../context.js";
import type { Progress } from "../imports/read-grid.js";
import { readSheetGridInWorker } from "./budget-sheet.js";
import { budgetYearRange } from "./budget.service.js";
import type { BudgetType } from "./budget.types.js";
import { badInput } from "./budget-draft.errors.js";
import { bumpVersion, loadBudget, replaceDraftLines } from "./budget-draft.repository.js";
import { reload, requireDraft } from "./budget-draft.service.js";
import {
  SheetRowStatusEnum,
  SheetUnitEnum,
  type BudgetImportPreviewType,
  type ImportBudgetInput,
  type PreviewBudgetImportInput,
} from "./budget-draft.types.js";

/** Who may read a sheet into a budget: the preview, the import and the import job ask this. */
export async function authorizeBudgetImport(ctx: Context, manager: EntityManager, budgetId: string): Promise<Budget> {
  const budget = await loadBudget(manager, budgetId);
  await requireAccess(ctx, "budget.draft", budget.projectId, manager);
  return budget;
}

/** The file's grid, read in the import worker (progress 0–80 %) and outside any transaction. */
async function readImportFile(ctx: Context, input: PreviewBudgetImportInput, progress: Progress = () => {}): Promise<string[][]> {
  await authorizeBudgetImport(ctx, ctx.manager, input.budgetId);
  return readSheetGridInWorker(input.fileName, input.contentBase64, (p) => progress(Math.round(p * 0.8)));
}

/** Reads the sheet; writes nothing. */
async function analyseImport(
  ctx: Context,
  manager: EntityManager,
  input: PreviewBudgetImportInput,
  grid: string[][],
): Promise<{ budget: Budget; sheet: BudgetSheet }> {
  const budget = await authorizeBudgetImport(ctx, manager, input.budgetId);
  const sheet = parseBudgetSheet(grid, { unit: input.unit ?? null, budgetYears: budgetYearRange(budget) });
  return { budget, sheet };
}

export async function previewBudgetImport(ctx: Context, input: PreviewBudgetImportInput, progress?: Progress): Promise<BudgetImportPreviewType> {
  const grid = await readImportFile(ctx, input, progress);
  const { sheet } = await analyseImport(ctx, ctx.manager, input, grid);
  const byRow = new Map(sheet.lines.map((l) => [l.row, l]));
  return {
    fileName: input.fileName,
    unit: sheet.unit as SheetUnitEnum,
    years: sheet.years,
    lineCount: sheet.lines.length,
    rows: sheet.rows.map((r) => ({
      row: r.row,
      status: r.status as SheetRowStatusEnum,
      side: r.side as BudgetSideEnum | null,
      text: r.text,
      amounts: byRow.get(r.row)?.amounts ?? [],
      errors: r.errors,
    })),
    errors: sheet.errors,
    totals: {
      income: sheet.totals.income,
      expense: sheet.totals.expense,
      difference: sheet.totals.difference,
      balanced: sheet.totals.balanced,
      years: sheet.totals.perYear,
    },
  };
}

export async function importBudget(ctx: Context, input: ImportBudgetInput): Promise<BudgetType> {
  const grid = await readImportFile(ctx, input);
  await ctx.manager.transaction(async (tx) => {
    const { budget, sheet } = await analyseImport(ctx, tx, input, grid);
    requireDraft(budget);
    if (sheet.errors.length > 0) {
      throw badInput(`Regnearket har fejl, og intet er importeret. ${sheet.errors.join(" ")}`, { errors: sheet.errors });
    }
    await bumpVersion(tx, budget.id, input.expectedVersion, "DRAFT");
    await replaceDraftLines(
      tx,
      budget.id,
      sheet.lines.map((l) => ({
        id: null,
        side: l.side,
        name: l.name,
        category: l.category,
        accountNumber: l.accountNumber,
        note: l.note,
        amounts: l.amounts,
        driver: null,
      })),
    );
    ctx.logger.info({ budgetId: budget.id, lines: sheet.lines.length }, "budget imported");
  });
  return reload(ctx, input.budgetId);
}
