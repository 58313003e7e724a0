import type { EntityManager } from "typeorm";
import type { RoleEnum } from "../../common/enums.js";
import { UserAuditActionEnum, type UserAuditEntryType } from "./users.types.js";

/* The audit trail of users and roles (user_audit), read page by page, newest first. */

interface AuditRow {
  id: string;
  occurred_at: Date;
  /** occurred_at as PostgreSQL writes it, to the microsecond (a JS Date keeps milliseconds only). */
  occurred_text: string;
  actor_id: string | null;
  actor_name: string | null;
  source: string;
  user_id: string;
  user_name: string;
  user_email: string;
  action: UserAuditEntryType["action"];
  details: { before?: string[]; after?: string[]; municipalityBefore?: string | null; municipalityAfter?: string | null; role?: string };
  municipality_before: string | null;
  municipality_after: string | null;
  project_id: string | null;
  project_name: string | null;
  total: string;
}

/** Which entries: one user's (or everyone's), of one municipality's users (or every municipality's). */
export interface UserAuditFilter {
  userId: string | null;
  municipalityCode: string | null;
}

/** One entry with what the next page's cursor needs: its time to the microsecond. */
export interface UserAuditRecord {
  entry: UserAuditEntryType;
  occurredText: string;
}

const roleList = (roles: string[] | undefined): RoleEnum[] | null => (roles ? (roles as RoleEnum[]) : null);

function toEntry(r: AuditRow): UserAuditEntryType {
  return {
    id: r.id,
    occurredAt: new Date(r.occurred_at).toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name ?? (r.source === "OIDC" ? "organisationens login" : "kommandolinje"),
    userId: r.user_id,
    userName: r.user_name,
    userEmail: r.user_email,
    action: r.action,
    rolesBefore: r.action === UserAuditActionEnum.ROLES_CHANGED ? roleList(r.details.before) : null,
    rolesAfter: r.action === UserAuditActionEnum.ROLES_CHANGED || r.action === UserAuditActionEnum.USER_CREATED ? roleList(r.details.after) : null,
    municipalityBefore: r.municipality_before,
    municipalityAfter: r.municipality_after,
    projectId: r.project_id,
    projectName: r.project_name,
    projectRole: r.details.role ? (r.details.role as RoleEnum) : null,
  };
}

const FILTER = `($1::uuid IS NULL OR a.user_id = $1) AND ($2::text IS NULL OR u.municipality_code = $2)`;

/**
 * Up to `limit` entries after the cursor (keyset pagination on time and id: a new row does not shift the pages),
 * with the number of entries from the cursor on (a window count, so no second statement for the first page).
 */
export async function userAuditPage(
  manager: Pick<EntityManager, "query">,
  filter: UserAuditFilter,
  cursor: { at: string; id: string } | null,
  limit: number,
): Promise<{ records: UserAuditRecord[]; countFromCursor: number }> {
  const rows: AuditRow[] = await manager.query(
    `SELECT a.id, a.occurred_at, a.occurred_at::text AS occurred_text, a.actor_id, a.source, actor.name AS actor_name, a.user_id, u.name AS user_name, u.email AS user_email, a.action,
            a.details, mb.name AS municipality_before, ma.name AS municipality_after, a.project_id, p.name AS project_name,
            count(*) OVER () AS total
       FROM user_audit a
       JOIN app_user u ON u.id = a.user_id
       LEFT JOIN app_user actor ON actor.id = a.actor_id
       LEFT JOIN project p ON p.id = a.project_id
       LEFT JOIN municipality mb ON mb.code = a.details->>'municipalityBefore'
       LEFT JOIN municipality ma ON ma.code = a.details->>'municipalityAfter'
      WHERE ${FILTER} AND ($3::timestamptz IS NULL OR (a.occurred_at, a.id) < ($3::timestamptz, $4::uuid))
      ORDER BY a.occurred_at DESC, a.id DESC
      LIMIT $5`,
    [filter.userId, filter.municipalityCode, cursor?.at ?? null, cursor?.id ?? null, limit],
  );
  return { records: rows.map((r) => ({ entry: toEntry(r), occurredText: r.occurred_text })), countFromCursor: rows[0] ? Number(rows[0].total) : 0 };
}

/** Every entry the filter matches. */
export async function countUserAudit(manager: Pick<EntityManager, "query">, filter: UserAuditFilter): Promise<number> {
  const counted: Array<{ n: string }> = await manager.query(`SELECT count(*) AS n FROM user_audit a JOIN app_user u ON u.id = a.user_id WHERE ${FILTER}`, [
    filter.userId,
    filter.municipalityCode,
  ]);
  return Number(counted[0]?.n ?? 0);
}
