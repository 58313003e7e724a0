import type { EntityManager } from "typeorm";
import type { AccessLogPageType } from "./access-log.types.js";

/*
 * The access log as administrators read it (a filtered page, a citizen's extract), its retention setting and the
 * scheduled purge. Rows are written by common/access-log.ts; the table is append-only (a trigger refuses
 * updates and deletes) and partitioned by month: retention drops whole months (access-log-partitions.repository.ts).
 * A time filter is written as a plain comparison on "at", so PostgreSQL prunes the months outside it.
 */

/** The filters of a page of the log; null means any. Validated by the caller. */
export interface AccessLogFilter {
  userId: string | null;
  participantId: string | null;
  projectId: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
}

/** A row of the page's query, as pg returns it. */
interface AccessLogRow {
  id: string;
  at: Date;
  user_id: string;
  user_name: string;
  action: string;
  project_id: string | null;
  participant_id: string | null;
  code: string | null;
  purpose: string;
  criterion: string | null;
  request_id: string;
}

/** A page of the log matching the filter, newest first, and how many rows match. */
export async function accessLogPage(manager: EntityManager, filter: AccessLogFilter, take: number, skip: number): Promise<AccessLogPageType> {
  const params: string[] = [];
  const conditions = (
    [
      ["l.user_id = $::uuid", filter.userId],
      ["l.participant_id = $::uuid", filter.participantId],
      ["l.project_id = $::uuid", filter.projectId],
      ["l.action = $::text", filter.action],
      ["l.at >= $::timestamptz", filter.from],
      ["l.at < $::timestamptz", filter.to],
    ] as const
  ).flatMap(([condition, value]) => (value === null ? [] : [condition.replace("$", `$${params.push(value)}`)]));
  const where = conditions.length > 0 ? conditions.join(" AND ") : "TRUE";
  const [rows, count] = await Promise.all([
    manager.query<AccessLogRow[]>(
      `SELECT l.id::text AS id, l.at, l.user_id, u.name AS user_name, l.action, l.project_id, l.participant_id, p.code,
              l.purpose, l.criterion, l.request_id
         FROM access_log l JOIN app_user u ON u.id = l.user_id LEFT JOIN participant p ON p.id = l.participant_id
        WHERE ${where} ORDER BY l.at DESC, l.id DESC LIMIT ${take} OFFSET ${Number(skip)}`,
      params,
    ),
    manager.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM access_log l WHERE ${where}`, params),
  ]);
  return {
    totalCount: count[0]?.n ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      user: { id: r.user_id, name: r.user_name },
      action: r.action,
      projectId: r.project_id,
      participantId: r.participant_id,
      participantCode: r.code,
      purpose: r.purpose,
      criterion: r.criterion,
      requestId: r.request_id,
    })),
  };
}

/** Every use of one citizen's data, oldest first: when, the action's code and why (not by whom). */
export async function accessesOfParticipant(manager: EntityManager, participantId: string): Promise<Array<{ at: string; action: string; purpose: string }>> {
  const rows: Array<{ at: Date; action: string; purpose: string }> = await manager.query(
    `SELECT at, action, purpose FROM access_log WHERE participant_id = $1 ORDER BY at, id`,
    [participantId],
  );
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), action: r.action, purpose: r.purpose }));
}

/** How many days the log keeps its rows (five years unless an administrator set it). */
export async function retentionDays(manager: Pick<EntityManager, "query">): Promise<number> {
  const rows: Array<{ value: string }> = await manager.query(`SELECT value FROM system_setting WHERE key = 'access_log_retention_days'`);
  return Number(rows[0]?.value ?? 1825);
}

export async function saveRetentionDays(manager: EntityManager, days: number): Promise<void> {
  await manager.query(
    `INSERT INTO system_setting (key, value, updated_at) VALUES ('access_log_retention_days', $1, now())
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [String(days)],
  );
}
