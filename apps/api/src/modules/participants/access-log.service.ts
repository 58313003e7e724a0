import type { DataSource } from "typeorm";
import { requireGlobalAccess } from "../../common/access.js";
import { DomainError, isUuid } from "../../common/errors.js";
import { rowsOf } from "../../common/sql.js";
import type { Context } from "../../context.js";
import type { AccessExtractEntryType, AccessLogArgs, AccessLogPageType } from "./access-log.types.js";

const ACTION_DA: Record<string, string> = {
  LIST: "Vist i en liste",
  READ: "Vist",
  SEARCH: "Fundet ved søgning",
  REVEAL: "Navn/CPR-nummer vist",
  CHANGE: "Ændret",
  EXPORT: "Eksporteret",
  IMPORT: "Indlæst",
  DELETE: "Slettet",
};

function validUuid(value: string | null | undefined, what: string): string | null {
  if (!value) return null;
  if (!isUuid(value)) throw new DomainError("BAD_USER_INPUT", `Ugyldigt ${what}-id.`);
  return value;
}

function validTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !day || day.getUTCDate() !== Number(match[3]) || day.getUTCMonth() !== Number(match[2]) - 1) {
    throw new DomainError("BAD_USER_INPUT", `Ugyldigt tidspunkt "${value.slice(0, 40)}"; brug ISO 8601, fx 2013-01-31.`);
  }
  return value;
}

/** The access log with filters, newest first (accessLog.read). */
export async function accessLog(ctx: Context, args: AccessLogArgs): Promise<AccessLogPageType> {
  requireGlobalAccess(ctx, "accessLog.read");
  const params = [
    validUuid(args.userId, "bruger"),
    validUuid(args.participantId, "deltager"),
    validUuid(args.projectId, "projekt"),
    args.action ?? null,
    validTime(args.from),
    validTime(args.to),
  ];
  const where = `($1::uuid IS NULL OR l.user_id = $1) AND ($2::uuid IS NULL OR l.participant_id = $2) AND ($3::uuid IS NULL OR l.project_id = $3)
     AND ($4::text IS NULL OR l.action = $4) AND ($5::timestamptz IS NULL OR l.at >= $5) AND ($6::timestamptz IS NULL OR l.at < $6)`;
  const take = Math.min(args.take, 500);
  const [rows, count] = await Promise.all([
    ctx.manager.query(
      `SELECT l.id::text AS id, l.at, l.user_id, u.name AS user_name, l.action, l.project_id, l.participant_id, p.code,
              l.purpose, l.criterion, l.request_id
         FROM access_log l JOIN app_user u ON u.id = l.user_id LEFT JOIN participant p ON p.id = l.participant_id
        WHERE ${where} ORDER BY l.at DESC, l.id DESC LIMIT ${take} OFFSET ${Number(args.skip)}`,
      params,
    ) as Promise<
      Array<{ id: string; at: Date; user_id: string; user_name: string; action: string; project_id: string | null; participant_id: string | null; code: string | null; purpose: string; criterion: string | null; request_id: string }>
    >,
    ctx.manager.query(`SELECT count(*)::int AS n FROM access_log l WHERE ${where}`, params) as Promise<Array<{ n: number }>>,
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

/** What a citizen may ask for: when and why their data were used (not by whom, per the municipality's practice). */
export async function accessExtract(ctx: Context, participantId: string): Promise<AccessExtractEntryType[]> {
  requireGlobalAccess(ctx, "accessLog.read");
  validUuid(participantId, "deltager");
  const rows: Array<{ at: Date; action: string; purpose: string }> = await ctx.manager.query(
    `SELECT at, action, purpose FROM access_log WHERE participant_id = $1 ORDER BY at, id`,
    [participantId],
  );
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), action: ACTION_DA[r.action] ?? r.action, purpose: r.purpose }));
}

/** The retention as administrators read it (accessLog.read). */
export function readRetentionDays(ctx: Context): Promise<number> {
  requireGlobalAccess(ctx, "accessLog.read");
  return retentionDays(ctx.manager);
}

export async function retentionDays(manager: { query: DataSource["query"] }): Promise<number> {
  const rows: Array<{ value: string }> = await manager.query(`SELECT value FROM system_setting WHERE key = 'access_log_retention_days'`);
  return Number(rows[0]?.value ?? 1825);
}

export async function setRetentionDays(ctx: Context, days: number): Promise<number> {
  requireGlobalAccess(ctx, "accessLog.manage");
  if (!Number.isInteger(days) || days < 30 || days > 36500) {
    throw new DomainError("BAD_USER_INPUT", "Opbevaringstiden skal være mellem 30 og 36.500 dage.");
  }
  await ctx.manager.query(
    `INSERT INTO system_setting (key, value, updated_at) VALUES ('access_log_retention_days', $1, now())
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [String(days)],
  );
  ctx.logger.info({ days }, "access log retention changed");
  return days;
}

/** The scheduled job: deletes access-log rows older than the retention setting. Returns how many. */
export async function purgeAccessLog(dataSource: DataSource, now = new Date()): Promise<number> {
  return dataSource.transaction(async (tx) => {
    const days = await retentionDays(tx);
    // The append-only trigger lets this transaction, and only it, delete.
    await tx.query(`SELECT set_config('overblik.retention', 'on', true)`);
    const rows = await rowsOf(tx, `DELETE FROM access_log WHERE at < $1::timestamptz - make_interval(days => $2) RETURNING id`, [now.toISOString(), days]);
    return rows.length;
  });
}
