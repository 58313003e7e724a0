import { ActivityEntry, BudgetPosting, PostingImport } from "@overblik/db";
import { formatKr, formatQuantity, oreFromDb, parseQuantity, sumOre, type Ore } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound } from "../../common/errors.js";
import { capRowErrors, IMPORT_LIMITS } from "../../common/import-limits.js";
import { rowsOf } from "../../common/sql.js";
import type { Context } from "../../context.js";
import { readPostingsInWorker } from "../imports/import-runner.js";
import type { Progress } from "../imports/read-grid.js";
import type {
  ActivityEntryType,
  AddPostingInput,
  ImportRowErrorType,
  PostingImportInput,
  PostingImportPreviewType,
  PostingImportResultType,
  PostingListType,
  PostingType,
  RecordActivityInput,
  ReversePostingInput,
  SetLineActivitySourceInput,
} from "./spend.types.js";

/** A postings file is an export from the finance system: IMPORT_LIMITS, with 5 MB as before. */
const POSTING_LIMITS = { ...IMPORT_LIMITS, maxBytes: 5 * 1024 * 1024 };
const bad = (message: string, details?: Record<string, unknown>) => new DomainError("BAD_USER_INPUT", message, details);

interface LineInfo {
  id: string;
  name: string;
  budgetId: string;
  projectId: string;
  budgetStartYear: number;
  budgetEndYear: number;
  driverUnit: string | null;
}

async function lineInfo(manager: EntityManager, lineId: string): Promise<LineInfo> {
  const rows: Array<{ id: string; name: string; budget_id: string; project_id: string; start_year: number; end_year: number; driver_unit: string | null }> =
    await manager.query(
      `SELECT l.id, l.name, l.budget_id, b.project_id, b.start_year, b.end_year, l.driver_unit
         FROM budget_line l JOIN budget b ON b.id = l.budget_id WHERE l.id = $1`,
      [lineId],
    );
  const r = rows[0];
  if (!r) throw notFound("Budgetlinjen");
  return { id: r.id, name: r.name, budgetId: r.budget_id, projectId: r.project_id, budgetStartYear: r.start_year, budgetEndYear: r.end_year, driverUnit: r.driver_unit };
}

function validDate(text: string): void {
  const d = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || !d.toISOString().startsWith(text)) throw bad(`Datoen ${text} findes ikke i kalenderen.`);
}

interface PostingRow {
  id: string;
  budget_line_id: string;
  line_name: string;
  posting_date: string;
  amount_ore: string;
  text: string;
  voucher: string;
  quantity: string | null;
  reverses_posting_id: string | null;
  reversed_by_id: string | null;
  import_id: string | null;
  created_by: string;
  created_by_name: string;
  created_at: Date;
}

const POSTING_SELECT = `
  SELECT p.id, p.budget_line_id, l.name AS line_name, to_char(p.posting_date, 'YYYY-MM-DD') AS posting_date,
         p.amount_ore, p.text, p.voucher, p.quantity::text AS quantity, p.reverses_posting_id,
         (SELECT r.id FROM budget_posting r WHERE r.reverses_posting_id = p.id LIMIT 1) AS reversed_by_id,
         p.import_id, p.created_by, u.name AS created_by_name, p.created_at
    FROM budget_posting p
    JOIN budget_line l ON l.id = p.budget_line_id
    JOIN app_user u ON u.id = p.created_by`;

function toPosting(r: PostingRow): PostingType {
  return {
    id: r.id,
    lineId: r.budget_line_id,
    lineName: r.line_name,
    date: r.posting_date,
    amount: oreFromDb(r.amount_ore),
    text: r.text,
    voucher: r.voucher,
    quantity: r.quantity === null ? null : parseQuantity(r.quantity),
    reversesPostingId: r.reverses_posting_id,
    reversedById: r.reversed_by_id,
    importId: r.import_id,
    createdBy: { id: r.created_by, name: r.created_by_name },
    createdAt: new Date(r.created_at).toISOString(),
  };
}

async function loadPosting(manager: EntityManager, id: string): Promise<PostingType> {
  const rows: PostingRow[] = await manager.query(`${POSTING_SELECT} WHERE p.id = $1`, [id]);
  if (!rows[0]) throw notFound("Posteringen");
  return toPosting(rows[0]);
}

function uniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "23505";
}

export async function addPosting(ctx: Context, input: AddPostingInput): Promise<PostingType> {
  const user = requireUser(ctx);
  validDate(input.date);
  if (input.amount === 0n) throw bad("Beløbet må ikke være 0 kr.");
  const line = await lineInfo(ctx.manager, input.budgetLineId);
  await requireAccess(ctx, "spend.write", line.projectId);
  try {
    const saved = await ctx.manager.save(
      ctx.manager.create(BudgetPosting, {
        budgetLineId: line.id,
        postingDate: input.date,
        amountOre: input.amount,
        text: input.text.trim(),
        voucher: input.voucher.trim(),
        quantity: input.quantity === null || input.quantity === undefined ? null : formatQuantity(input.quantity),
        reversesPostingId: null,
        importId: null,
        createdBy: user.id,
      }),
    );
    return loadPosting(ctx.manager, saved.id);
  } catch (error) {
    if (uniqueViolation(error)) {
      throw new DomainError("CONFLICT", `Bilag ${input.voucher} er allerede bogført på "${line.name}" d. ${input.date}.`);
    }
    throw error;
  }
}

export async function reversePosting(ctx: Context, input: ReversePostingInput): Promise<PostingType> {
  const user = requireUser(ctx);
  validDate(input.date);
  return ctx.manager.transaction(async (tx) => {
    // Lock the original so two reversals of it cannot both succeed.
    const rows: Array<{ id: string; budget_line_id: string; amount_ore: string; voucher: string; quantity: string | null; reverses_posting_id: string | null }> =
      await tx.query(
        `SELECT id, budget_line_id, amount_ore, voucher, quantity::text AS quantity, reverses_posting_id
           FROM budget_posting WHERE id = $1 FOR UPDATE`,
        [input.postingId],
      );
    const original = rows[0];
    if (!original) throw notFound("Posteringen");
    const line = await lineInfo(tx, original.budget_line_id);
    await requireAccess(ctx, "spend.write", line.projectId, tx);
    if (original.reverses_posting_id) throw bad("En modpostering kan ikke selv modposteres. Bogfør en ny postering i stedet.");
    const already: Array<{ id: string }> = await tx.query(`SELECT id FROM budget_posting WHERE reverses_posting_id = $1`, [original.id]);
    if (already.length > 0) throw new DomainError("CONFLICT", "Posteringen er allerede tilbageført.");
    const voucher = input.voucher?.trim() || `${original.voucher}-T`;
    try {
      const saved = await tx.save(
        tx.create(BudgetPosting, {
          budgetLineId: original.budget_line_id,
          postingDate: input.date,
          amountOre: -oreFromDb(original.amount_ore),
          text: `Tilbageførsel af bilag ${original.voucher}: ${input.reason.trim()}`,
          voucher,
          quantity: original.quantity === null ? null : original.quantity,
          reversesPostingId: original.id,
          importId: null,
          createdBy: user.id,
        }),
      );
      return loadPosting(tx, saved.id);
    } catch (error) {
      if (uniqueViolation(error)) throw new DomainError("CONFLICT", `Bilag ${voucher} findes allerede på linjen d. ${input.date}. Vælg et andet bilagsnummer.`);
      throw error;
    }
  });
}

/**
 * Postings of a budget, newest first, optionally one line. The sums cover the whole selection, one per side:
 * money received on income lines and money spent on expense lines are not one kind of amount to add up.
 */
export async function budgetPostings(
  ctx: Context,
  budget: { id: string; projectId: string },
  args: { lineId?: string | null; take: number; skip: number },
): Promise<PostingListType> {
  requireReadAccess(ctx, "spend.read", budget.projectId);
  const where = `WHERE l.budget_id = $1 AND ($2::uuid IS NULL OR p.budget_line_id = $2)`;
  const [rows, totals] = await Promise.all([
    ctx.manager.query(`${POSTING_SELECT} ${where} ORDER BY p.posting_date DESC, p.created_at DESC LIMIT $3 OFFSET $4`, [
      budget.id,
      args.lineId ?? null,
      args.take,
      args.skip,
    ]) as Promise<PostingRow[]>,
    ctx.manager.query(
      `SELECT count(*)::int AS n, COALESCE(sum(p.amount_ore), 0) AS sum,
              COALESCE(sum(p.amount_ore) FILTER (WHERE l.side = 'INCOME'), 0) AS income,
              COALESCE(sum(p.amount_ore) FILTER (WHERE l.side = 'EXPENSE'), 0) AS expense
         FROM budget_posting p JOIN budget_line l ON l.id = p.budget_line_id ${where}`,
      [budget.id, args.lineId ?? null],
    ) as Promise<Array<{ n: number; sum: string; income: string; expense: string }>>,
  ]);
  const income = oreFromDb(totals[0]?.income ?? "0");
  const expense = oreFromDb(totals[0]?.expense ?? "0");
  return { items: rows.map(toPosting), totalCount: totals[0]?.n ?? 0, sum: oreFromDb(totals[0]?.sum ?? "0"), income, expense, net: income - expense };
}

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

export async function recordActivity(ctx: Context, input: RecordActivityInput): Promise<ActivityEntryType> {
  const user = requireUser(ctx);
  validDate(input.date);
  const line = await lineInfo(ctx.manager, input.budgetLineId);
  await requireAccess(ctx, "activity.record", line.projectId);
  if (!line.driverUnit) throw bad(`Linjen "${line.name}" har ingen aktivitetsdriver; der er intet at registrere aktivitet på.`);
  if (input.quantity === 0n) throw bad("Antallet må ikke være 0.");
  const saved = await recordActivityEntry(ctx.manager, {
    budgetLineId: line.id,
    date: input.date,
    quantity: formatQuantity(input.quantity),
    source: "MANUAL",
    sourceRef: null,
    note: input.note?.trim() ?? "",
    createdBy: user.id,
  });
  return saved;
}

/**
 * The one entry point for activity, manual or fed by the citizen flow (conversations held, meetings …).
 * A flow event carries a sourceRef, so feeding the same event twice records it once.
 */
export async function recordActivityEntry(
  manager: EntityManager,
  entry: { budgetLineId: string; date: string; quantity: string; source: "MANUAL" | "FLOW"; sourceRef: string | null; note: string; createdBy: string | null },
): Promise<ActivityEntryType> {
  const rows: Array<{ id: string }> = await manager.query(
    `INSERT INTO activity_entry (budget_line_id, activity_date, quantity, source, source_ref, note, created_by)
     VALUES ($1, $2, $3::numeric, $4, $5, $6, $7)
     ON CONFLICT (budget_line_id, source, source_ref) WHERE source_ref IS NOT NULL DO UPDATE SET source_ref = EXCLUDED.source_ref
     RETURNING id`,
    [entry.budgetLineId, entry.date, entry.quantity, entry.source, entry.sourceRef, entry.note, entry.createdBy],
  );
  const saved = await manager.findOneByOrFail(ActivityEntry, { id: rows[0]?.id ?? "" });
  return {
    id: saved.id,
    lineId: saved.budgetLineId,
    date: saved.activityDate,
    quantity: parseQuantity(saved.quantity),
    source: saved.source,
    note: saved.note,
  };
}

const SOURCE_UNITS: Record<string, string> = {
  CONVERSATIONS_HELD: "samtaler",
  TEAM_HOURS: "timer",
};

/**
 * Configures which flow events become the line's activity. Only a line with an activity driver can be fed;
 * conversations count in "samtaler" and team hours in "timer", so the driver's unit must say the same.
 * The line's version guards against a stale screen. Entries already recorded stay: activity is history.
 */
export async function setLineActivitySource(ctx: Context, input: SetLineActivitySourceInput): Promise<{ budgetLineId: string; activitySource: string | null; version: number }> {
  const line = await lineInfo(ctx.manager, input.budgetLineId);
  await requireAccess(ctx, "spend.write", line.projectId);
  const source = input.source ?? null;
  if (source && !line.driverUnit) throw bad(`Linjen "${line.name}" har ingen aktivitetsdriver; giv den en enhed og et planlagt antal først.`);
  const unit = source ? SOURCE_UNITS[source] : undefined;
  if (unit && line.driverUnit?.toLowerCase() !== unit) {
    throw bad(`Linjen "${line.name}" måler i "${line.driverUnit ?? ""}"; ${source === "TEAM_HOURS" ? "timer på teammøder" : "holdte samtaler"} tælles i "${unit}".`);
  }
  const updated = await rowsOf<{ version: number }>(
    ctx.manager,
    `UPDATE budget_line SET activity_source = $2, version = version + 1 WHERE id = $1 AND version = $3 RETURNING version`,
    [line.id, source, input.expectedVersion],
  );
  if (updated.length !== 1) throw new DomainError("CONFLICT", `Linjen "${line.name}" er ændret, siden du hentede den. Hent den igen.`);
  return { budgetLineId: line.id, activitySource: source, version: (updated[0] as { version: number }).version };
}
