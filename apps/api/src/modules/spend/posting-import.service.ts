import { formatKr, parseQuantity, sumOre, type Ore } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { requireAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { notFound } from "../../common/errors.js";
import { capRowErrors, IMPORT_LIMITS } from "../../common/import-limits.js";
import type { Context } from "../../context.js";
import { readPostingsInWorker } from "../imports/import-runner.js";
import type { Progress } from "../imports/read-grid.js";
import { budgetOfImport, insertImportedPostings, insertPostingImport, lineNamesOfBudget, postingsWithKeys, setImportCounts } from "./spend.repository.js";
import { bad } from "./spend.service.js";
import type { ImportRowErrorType, PostingImportInput, PostingImportPreviewType, PostingImportResultType } from "./spend.types.js";

/** A postings file is an export from the finance system: IMPORT_LIMITS, with 5 MB as before. */
const POSTING_LIMITS = { ...IMPORT_LIMITS, maxBytes: 5 * 1024 * 1024 };

interface Analysis {
  preview: PostingImportPreviewType;
  /** All row errors; the preview lists the first IMPORT_LIMITS.maxListedErrors. */
  errorCount: number;
  toInsert: Array<{ budgetLineId: string; postingDate: string; amount: Ore; text: string; voucher: string; quantity: string | null }>;
}

/** Who may import postings into a budget: the preview, the import and the import job ask this. */
export async function authorizePostingImport(ctx: Context, manager: EntityManager, budgetId: string): Promise<{ id: string; projectId: string }> {
  const budget = await budgetOfImport(manager, budgetId);
  if (!budget) throw notFound("Budgettet");
  await requireAccess(ctx, "spend.write", budget.projectId);
  return budget;
}

/**
 * The file read against the budget's lines, in the import worker (progress 0–80 %) and outside any transaction,
 * so a slow file holds no connection.
 */
async function readPostingFile(ctx: Context, input: PostingImportInput, progress: Progress = () => {}) {
  const budget = await authorizePostingImport(ctx, ctx.manager, input.budgetId);
  if (!/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) throw bad("Filen er ikke korrekt base64-kodet.");
  const bytes = Buffer.from(input.contentBase64, "base64");
  const lines = await lineNamesOfBudget(ctx.manager, budget.id);
  return readPostingsInWorker(bytes, lines, POSTING_LIMITS, (p) => progress(Math.round(p * 0.8)));
}

/** Checks the read file against the postings already there; writes nothing. */
async function analyseImport(
  ctx: Context,
  manager: EntityManager,
  input: PostingImportInput,
  { parsed, encoding }: Awaited<ReturnType<typeof readPostingFile>>,
): Promise<{ analysis: Analysis; budgetId: string; projectId: string }> {
  const budget = await authorizePostingImport(ctx, manager, input.budgetId);
  const errors: ImportRowErrorType[] = [...parsed.errors];

  // Already in the database: the same voucher on the same line and date. Same amount: skipped; other amount: an error.
  const existing = await postingsWithKeys(manager, parsed.postings);
  const existingByKey = new Map(existing.map((e) => [`${e.lineId}|${e.voucher}|${e.date}`, e.amount]));

  const rows: PostingImportPreviewType["rows"] = [];
  const toInsert: Analysis["toInsert"] = [];
  for (const p of parsed.postings) {
    const there = existingByKey.get(`${p.lineId}|${p.voucher}|${p.date}`);
    if (there !== undefined && there !== p.amount) {
      errors.push({
        row: p.row,
        column: null,
        message: `Bilag ${p.voucher} på "${p.lineName}" d. ${p.date} er allerede bogført med ${formatKr(there)}, ikke ${formatKr(p.amount)} Ret bilagsnummeret, eller bogfør en modpostering.`,
      });
      continue;
    }
    const alreadyThere = there !== undefined;
    if (rows.length < 200) {
      rows.push({
        row: p.row,
        date: p.date,
        voucher: p.voucher,
        text: p.text,
        amount: p.amount,
        lineId: p.lineId,
        lineName: p.lineName,
        quantity: p.quantity === null ? null : parseQuantity(p.quantity),
        alreadyThere,
      });
    }
    if (!alreadyThere) {
      toInsert.push({ budgetLineId: p.lineId, postingDate: p.date, amount: p.amount, text: p.text, voucher: p.voucher, quantity: p.quantity });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return {
    budgetId: budget.id,
    projectId: budget.projectId,
    analysis: {
      toInsert,
      errorCount: errors.length,
      preview: {
        fileName: input.fileName,
        encoding,
        rowCount: parsed.rowCount,
        newCount: toInsert.length,
        alreadyThereCount: parsed.postings.length - toInsert.length - errors.filter((e) => e.column === null && /allerede bogført med/.test(e.message)).length,
        newTotal: sumOre(toInsert.map((p) => p.amount)),
        errors: capRowErrors(errors, (row, message) => ({ row, column: null, message })),
        errorCount: errors.length,
        rows,
      },
    },
  };
}

/** What an import would do, with every row error; writes nothing. */
export async function previewPostingImport(ctx: Context, input: PostingImportInput, progress?: Progress): Promise<PostingImportPreviewType> {
  const read = await readPostingFile(ctx, input, progress);
  return (await analyseImport(ctx, ctx.manager, input, read)).analysis.preview;
}

/** All or nothing: with any row error nothing is written; importing the same file again adds nothing. */
export async function importPostings(ctx: Context, input: PostingImportInput): Promise<PostingImportResultType> {
  const user = requireUser(ctx);
  const read = await readPostingFile(ctx, input);
  return ctx.manager.transaction(async (tx) => {
    const { analysis, budgetId, projectId } = await analyseImport(ctx, tx, input, read);
    const { preview, toInsert, errorCount } = analysis;
    if (errorCount > 0) {
      throw bad(`Filen har ${errorCount.toLocaleString("da-DK")} fejl; intet er importeret. Ret fejlene, og importér filen igen.`, { errors: preview.errors });
    }
    if (preview.rowCount === 0) throw bad("Filen har ingen posteringer.");
    const importId = await insertPostingImport(tx, {
      projectId,
      budgetId,
      fileName: input.fileName,
      encoding: preview.encoding,
      rowsRead: preview.rowCount,
      postingsAdded: 0,
      postingsAlreadyThere: preview.alreadyThereCount,
      createdBy: user.id,
    });
    const { added, addedTotal } = await insertImportedPostings(tx, importId, user.id, toInsert);
    await setImportCounts(tx, importId, added, preview.rowCount - added);
    ctx.logger.info({ importId, added }, "postings imported");
    return { importId, added, alreadyThere: preview.rowCount - added, addedTotal };
  });
}
