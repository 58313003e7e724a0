import { PostingImport } from "@overblik/db";
import { formatKr, oreFromDb, parseQuantity, sumOre, type Ore } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { requireAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { notFound } from "../../common/errors.js";
import { capRowErrors, IMPORT_LIMITS } from "../../common/import-limits.js";
import type { Context } from "../../context.js";
import { readPostingsInWorker } from "../imports/import-runner.js";
import type { Progress } from "../imports/read-grid.js";
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
  const budgets: Array<{ id: string; project_id: string }> = await manager.query(`SELECT id, project_id FROM budget WHERE id = $1`, [budgetId]);
  const budget = budgets[0];
  if (!budget) throw notFound("Budgettet");
  await requireAccess(ctx, "spend.write", budget.project_id);
  return { id: budget.id, projectId: budget.project_id };
}

/**
 * The file read against the budget's lines, in the import worker (progress 0–80 %) and outside any transaction,
 * so a slow file holds no connection.
 */
async function readPostingFile(ctx: Context, input: PostingImportInput, progress: Progress = () => {}) {
  const budget = await authorizePostingImport(ctx, ctx.manager, input.budgetId);
  if (!/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) throw bad("Filen er ikke korrekt base64-kodet.");
  const bytes = Buffer.from(input.contentBase64, "base64");
  const lines: Array<{ id: string; name: string }> = await ctx.manager.query(`SELECT id, name FROM budget_line WHERE budget_id = $1`, [budget.id]);
  return readPostingsInWorker(bytes, lines, POSTING_LIMITS, (p) => progress(Math.round(p * 0.8)));
}

/** Checks the read file against the postings already there; writes nothing. */
async function analyseImport(
  ctx: Context,
  manager: EntityManager,
  input: PostingImportInput,
  { parsed, encoding }: Awaited<ReturnType<typeof readPostingFile>>,
): Promise<{ analysis: Analysis; budgetId: string }> {
  const budget = await authorizePostingImport(ctx, manager, input.budgetId);
  const errors: ImportRowErrorType[] = [...parsed.errors];

  // Already in the database: the same voucher on the same line and date. Same amount: skipped; other amount: an error.
  const existing: Array<{ budget_line_id: string; voucher: string; posting_date: string; amount_ore: string }> = parsed.postings.length
    ? await manager.query(
        `SELECT p.budget_line_id, p.voucher, to_char(p.posting_date, 'YYYY-MM-DD') AS posting_date, p.amount_ore
           FROM budget_posting p
           JOIN unnest($1::uuid[], $2::text[], $3::date[]) AS k(line_id, voucher, posting_date)
             ON p.budget_line_id = k.line_id AND p.voucher = k.voucher AND p.posting_date = k.posting_date`,
        [parsed.postings.map((p) => p.lineId), parsed.postings.map((p) => p.voucher), parsed.postings.map((p) => p.date)],
      )
    : [];
  const existingByKey = new Map(existing.map((e) => [`${e.budget_line_id}|${e.voucher}|${e.posting_date}`, oreFromDb(e.amount_ore)]));

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
    const { analysis, budgetId } = await analyseImport(ctx, tx, input, read);
    const { preview, toInsert, errorCount } = analysis;
    if (errorCount > 0) {
      throw bad(`Filen har ${errorCount.toLocaleString("da-DK")} fejl; intet er importeret. Ret fejlene, og importér filen igen.`, { errors: preview.errors });
    }
    if (preview.rowCount === 0) throw bad("Filen har ingen posteringer.");
    const record = await tx.save(
      tx.create(PostingImport, {
        budgetId,
        fileName: input.fileName,
        encoding: preview.encoding,
        rowsRead: preview.rowCount,
        postingsAdded: 0,
        postingsAlreadyThere: preview.alreadyThereCount,
        createdBy: user.id,
      }),
    );
    let added = 0;
    let addedTotal = 0n;
    // In chunks, so a 10.000-row file is a handful of statements; ON CONFLICT covers a concurrent import of the same file.
    for (let i = 0; i < toInsert.length; i += 1000) {
      const chunk = toInsert.slice(i, i + 1000);
      const inserted: Array<{ amount_ore: string }> = await tx.query(
        `INSERT INTO budget_posting (budget_line_id, posting_date, amount_ore, text, voucher, quantity, import_id, created_by)
         SELECT * FROM unnest($1::uuid[], $2::date[], $3::bigint[], $4::text[], $5::text[], $6::numeric[], $7::uuid[], $8::uuid[])
         ON CONFLICT ON CONSTRAINT uq_budget_posting_voucher DO NOTHING
         RETURNING amount_ore`,
        [
          chunk.map((p) => p.budgetLineId),
          chunk.map((p) => p.postingDate),
          chunk.map((p) => p.amount.toString()),
          chunk.map((p) => p.text),
          chunk.map((p) => p.voucher),
          chunk.map((p) => p.quantity),
          chunk.map(() => record.id),
          chunk.map(() => user.id),
        ],
      );
      added += inserted.length;
      addedTotal += sumOre(inserted.map((r) => oreFromDb(r.amount_ore)));
    }
    await tx.query(`UPDATE posting_import SET postings_added = $2, postings_already_there = $3 WHERE id = $1`, [
      record.id,
      added,
      preview.rowCount - added,
    ]);
    ctx.logger.info({ importId: record.id, added }, "postings imported");
    return { importId: record.id, added, alreadyThere: preview.rowCount - added, addedTotal };
  });
}
