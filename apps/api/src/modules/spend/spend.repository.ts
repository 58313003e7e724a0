import { ActivityEntry, BudgetPosting, PostingImport } from "@overblik/db";
import { oreFromDb, parseQuantity, sumOre, type Ore } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { notFound } from "../../common/errors.js";
import { rowsOf } from "../../common/sql.js";
import type { ActivityEntryType, PostingListType, PostingType } from "./spend.types.js";

/*
 * The spend module's SQL with its row mapping: budget lines as postings see them, postings and their one mapping to
 * a PostingType, the postings import's reads and writes, and activity entries. The services (postings, the postings
 * import, activity) and the citizen flow read and write through these functions.
 */

export interface LineInfo {
  id: string;
  name: string;
  budgetId: string;
  projectId: string;
  budgetStartYear: number;
  budgetEndYear: number;
  driverUnit: string | null;
}

export async function lineInfo(manager: EntityManager, lineId: string): Promise<LineInfo> {
  const rows: Array<{ id: string; name: string; budget_id: string; project_id: string; start_year: number; end_year: number; driver_unit: string | null }> =
    await manager.query(
      `SELECT l.id, l.name, l.budget_id, b.project_id, b.start_year, b.end_year, l.driver_unit
         FROM budget_line l JOIN budget b ON b.id = l.budget_id WHERE l.id = $1`,
      [lineId],
    );
  const r = rows[0];
  if (!r) throw notFound("Budgetlinjen");
  return {
    id: r.id,
    name: r.name,
    budgetId: r.budget_id,
    projectId: r.project_id,
    budgetStartYear: r.start_year,
    budgetEndYear: r.end_year,
    driverUnit: r.driver_unit,
  };
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

export async function loadPosting(manager: EntityManager, id: string): Promise<PostingType> {
  const rows: PostingRow[] = await manager.query(`${POSTING_SELECT} WHERE p.id = $1`, [id]);
  if (!rows[0]) throw notFound("Posteringen");
  return toPosting(rows[0]);
}

/**
 * One page of a budget's postings, newest first, optionally one line. The sums cover the whole selection, one per
 * side: money received on income lines and money spent on expense lines are not one kind of amount to add up.
 */
export async function postingsOfBudget(
  manager: EntityManager,
  budgetId: string,
  args: { lineId?: string | null; take: number; skip: number },
): Promise<PostingListType> {
  const where = `WHERE l.budget_id = $1 AND ($2::uuid IS NULL OR p.budget_line_id = $2)`;
  const [rows, totals] = await Promise.all([
    manager.query<PostingRow[]>(`${POSTING_SELECT} ${where} ORDER BY p.posting_date DESC, p.created_at DESC LIMIT $3 OFFSET $4`, [
      budgetId,
      args.lineId ?? null,
      args.take,
      args.skip,
    ]),
    manager.query<Array<{ n: number; sum: string; income: string; expense: string }>>(
      `SELECT count(*)::int AS n, COALESCE(sum(p.amount_ore), 0) AS sum,
              COALESCE(sum(p.amount_ore) FILTER (WHERE l.side = 'INCOME'), 0) AS income,
              COALESCE(sum(p.amount_ore) FILTER (WHERE l.side = 'EXPENSE'), 0) AS expense
         FROM budget_posting p JOIN budget_line l ON l.id = p.budget_line_id ${where}`,
      [budgetId, args.lineId ?? null],
    ),
  ]);
  const income = oreFromDb(totals[0]?.income ?? "0");
  const expense = oreFromDb(totals[0]?.expense ?? "0");
  return { items: rows.map(toPosting), totalCount: totals[0]?.n ?? 0, sum: oreFromDb(totals[0]?.sum ?? "0"), income, expense, net: income - expense };
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
    `INSERT INTO activity_entry (project_id, budget_line_id, activity_date, quantity, source, source_ref, note, created_by)
     SELECT l.project_id, l.id, $2, $3::numeric, $4, $5, $6, $7 FROM budget_line l WHERE l.id = $1
     ON CONFLICT (project_id, budget_line_id, source, source_ref) WHERE source_ref IS NOT NULL DO UPDATE SET source_ref = EXCLUDED.source_ref
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

/** A line's activity source, set at the version the screen showed; the line's new version, or null when it moved on. */
export async function setActivitySource(manager: EntityManager, lineId: string, source: string | null, expectedVersion: number): Promise<number | null> {
  const updated = await rowsOf<{ version: number }>(
    manager,
    `UPDATE budget_line SET activity_source = $2, version = version + 1 WHERE id = $1 AND version = $3 RETURNING version`,
    [lineId, source, expectedVersion],
  );
  return updated.length === 1 ? (updated[0] as { version: number }).version : null;
}

/** A new posting (entered by hand, or a reversal); returns its id. A voucher already on the line that day violates uq_budget_posting_voucher. */
export async function insertPosting(
  manager: EntityManager,
  posting: Pick<
    BudgetPosting,
    "projectId" | "budgetLineId" | "postingDate" | "amountOre" | "text" | "voucher" | "quantity" | "reversesPostingId" | "createdBy"
  >,
): Promise<string> {
  const saved = await manager.save(manager.create(BudgetPosting, { ...posting, importId: null }));
  return saved.id;
}

/** A posting to reverse, locked (FOR UPDATE) so two reversals of it cannot both succeed; null if there is none. */
export async function lockPostingForReversal(
  tx: EntityManager,
  postingId: string,
): Promise<{ id: string; lineId: string; amount: Ore; voucher: string; quantity: string | null; reversesPostingId: string | null } | null> {
  const rows: Array<{ id: string; budget_line_id: string; amount_ore: string; voucher: string; quantity: string | null; reverses_posting_id: string | null }> =
    await tx.query(
      `SELECT id, budget_line_id, amount_ore, voucher, quantity::text AS quantity, reverses_posting_id
         FROM budget_posting WHERE id = $1 FOR UPDATE`,
      [postingId],
    );
  const r = rows[0];
  return r
    ? {
        id: r.id,
        lineId: r.budget_line_id,
        amount: oreFromDb(r.amount_ore),
        voucher: r.voucher,
        quantity: r.quantity,
        reversesPostingId: r.reverses_posting_id,
      }
    : null;
}

/** Whether a reversal of the posting exists. */
export async function isReversed(tx: EntityManager, postingId: string): Promise<boolean> {
  const already: Array<{ id: string }> = await tx.query(`SELECT id FROM budget_posting WHERE reverses_posting_id = $1`, [postingId]);
  return already.length > 0;
}

/** The budget a postings import goes into, with its project; null if there is none. */
export async function budgetOfImport(manager: EntityManager, budgetId: string): Promise<{ id: string; projectId: string } | null> {
  const budgets: Array<{ id: string; project_id: string }> = await manager.query(`SELECT id, project_id FROM budget WHERE id = $1`, [budgetId]);
  const budget = budgets[0];
  return budget ? { id: budget.id, projectId: budget.project_id } : null;
}

/** The budget's lines by name, as a postings file names them. */
export function lineNamesOfBudget(manager: EntityManager, budgetId: string): Promise<Array<{ id: string; name: string }>> {
  return manager.query(`SELECT id, name FROM budget_line WHERE budget_id = $1`, [budgetId]);
}

/** A posting as the import keys it: line, voucher and date (uq_budget_posting_voucher). */
export interface PostingKey {
  lineId: string;
  voucher: string;
  date: string;
}

/** The postings already in the database under the given keys, with their amounts (none asked: no statement). */
export async function postingsWithKeys(manager: EntityManager, keys: readonly PostingKey[]): Promise<Array<PostingKey & { amount: Ore }>> {
  if (keys.length === 0) return [];
  const rows: Array<{ budget_line_id: string; voucher: string; posting_date: string; amount_ore: string }> = await manager.query(
    `SELECT p.budget_line_id, p.voucher, to_char(p.posting_date, 'YYYY-MM-DD') AS posting_date, p.amount_ore
       FROM budget_posting p
       JOIN unnest($1::uuid[], $2::text[], $3::date[]) AS k(line_id, voucher, posting_date)
         ON p.budget_line_id = k.line_id AND p.voucher = k.voucher AND p.posting_date = k.posting_date`,
    [keys.map((k) => k.lineId), keys.map((k) => k.voucher), keys.map((k) => k.date)],
  );
  return rows.map((r) => ({ lineId: r.budget_line_id, voucher: r.voucher, date: r.posting_date, amount: oreFromDb(r.amount_ore) }));
}

/** The import's record (its counts are set by setImportCounts once the postings are in); returns its id. */
export async function insertPostingImport(
  tx: EntityManager,
  record: Pick<PostingImport, "projectId" | "budgetId" | "fileName" | "encoding" | "rowsRead" | "postingsAdded" | "postingsAlreadyThere" | "createdBy">,
): Promise<string> {
  const saved = await tx.save(tx.create(PostingImport, record));
  return saved.id;
}

/**
 * The import's postings, in chunks so that a 10.000-row file is a handful of statements; ON CONFLICT covers a
 * concurrent import of the same file. Returns how many were added and their sum.
 */
export async function insertImportedPostings(
  tx: EntityManager,
  importId: string,
  createdBy: string,
  postings: ReadonlyArray<{ budgetLineId: string; postingDate: string; amount: Ore; text: string; voucher: string; quantity: string | null }>,
): Promise<{ added: number; addedTotal: Ore }> {
  let added = 0;
  let addedTotal = 0n;
  for (let i = 0; i < postings.length; i += 1000) {
    const chunk = postings.slice(i, i + 1000);
    const inserted: Array<{ amount_ore: string }> = await tx.query(
      `INSERT INTO budget_posting (project_id, budget_line_id, posting_date, amount_ore, text, voucher, quantity, import_id, created_by)
       SELECT l.project_id, t.*
         FROM unnest($1::uuid[], $2::date[], $3::bigint[], $4::text[], $5::text[], $6::numeric[], $7::uuid[], $8::uuid[])
              AS t(budget_line_id, posting_date, amount_ore, text, voucher, quantity, import_id, created_by)
         JOIN budget_line l ON l.id = t.budget_line_id
       ON CONFLICT ON CONSTRAINT uq_budget_posting_voucher DO NOTHING
       RETURNING amount_ore`,
      [
        chunk.map((p) => p.budgetLineId),
        chunk.map((p) => p.postingDate),
        chunk.map((p) => p.amount.toString()),
        chunk.map((p) => p.text),
        chunk.map((p) => p.voucher),
        chunk.map((p) => p.quantity),
        chunk.map(() => importId),
        chunk.map(() => createdBy),
      ],
    );
    added += inserted.length;
    addedTotal += sumOre(inserted.map((r) => oreFromDb(r.amount_ore)));
  }
  return { added, addedTotal };
}

/** The import's final counts. */
export async function setImportCounts(tx: EntityManager, importId: string, added: number, alreadyThere: number): Promise<void> {
  await tx.query(`UPDATE posting_import SET postings_added = $2, postings_already_there = $3 WHERE id = $1`, [importId, added, alreadyThere]);
}
