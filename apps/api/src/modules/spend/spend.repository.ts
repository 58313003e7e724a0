import { ActivityEntry } from "@overblik/db";
import { oreFromDb, parseQuantity } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { notFound } from "../../common/errors.js";
import type { ActivityEntryType, PostingListType, PostingType } from "./spend.types.js";

/*
 * The spend module's SQL with its row mapping: budget lines as postings see them, postings and their one mapping to
 * a PostingType, and activity entries. The services (postings, the postings import, activity) and the citizen flow
 * read and write through these functions.
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
  return { id: r.id, name: r.name, budgetId: r.budget_id, projectId: r.project_id, budgetStartYear: r.start_year, budgetEndYear: r.end_year, driverUnit: r.driver_unit };
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
    manager.query(`${POSTING_SELECT} ${where} ORDER BY p.posting_date DESC, p.created_at DESC LIMIT $3 OFFSET $4`, [
      budgetId,
      args.lineId ?? null,
      args.take,
      args.skip,
    ]) as Promise<PostingRow[]>,
    manager.query(
      `SELECT count(*)::int AS n, COALESCE(sum(p.amount_ore), 0) AS sum,
              COALESCE(sum(p.amount_ore) FILTER (WHERE l.side = 'INCOME'), 0) AS income,
              COALESCE(sum(p.amount_ore) FILTER (WHERE l.side = 'EXPENSE'), 0) AS expense
         FROM budget_posting p JOIN budget_line l ON l.id = p.budget_line_id ${where}`,
      [budgetId, args.lineId ?? null],
    ) as Promise<Array<{ n: number; sum: string; income: string; expense: string }>>,
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
