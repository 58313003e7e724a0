// The audit trail of users and roles, page by page.
import { requireGlobalAccess } from "../../common/access.js";
import { DomainError } from "../../common/errors.js";
import { administeredMunicipality } from "../../common/municipality-scope.js";
import type { Context } from "../../context.js";
import type { RoleEnum } from "../../common/enums.js";
import type { UserAuditEntryType, UserAuditTrail, UserAuditTrailArgs } from "./users.types.js";

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

const roleList = (roles: string[] | undefined): RoleEnum[] | null => (roles ? (roles as RoleEnum[]) : null);

/** The cursor is the last row's time and id (keyset pagination: a new row does not shift the pages). */
function decodeCursor(after: string | null | undefined): { at: string; id: string } | null {
  if (!after) return null;
  const [at, id] = Buffer.from(after, "base64url").toString("utf8").split("|");
  if (!at || !id || !/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?$/.test(at) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new DomainError("BAD_USER_INPUT", "Ukendt markør. Hent første side igen.");
  }
  return { at, id };
}

const encodeCursor = (at: string, id: string) => Buffer.from(`${at}|${id}`, "utf8").toString("base64url");

/** The audit trail of users and roles, newest first; a kommuneadministrator sees their municipality's users only. */
export async function userAuditTrail(ctx: Context, args: UserAuditTrailArgs): Promise<UserAuditTrail> {
  requireGlobalAccess(ctx, "user.manage");
  const administered = administeredMunicipality(ctx);
  const onlyMunicipality = administered === "ALL" ? null : (administered.code ?? "---");
  const cursor = decodeCursor(args.after);
  const filter = `($1::uuid IS NULL OR a.user_id = $1) AND ($2::text IS NULL OR u.municipality_code = $2)`;
  const rows: AuditRow[] = await ctx.manager.query(
    `SELECT a.id, a.occurred_at, a.occurred_at::text AS occurred_text, a.actor_id, a.source, actor.name AS actor_name, a.user_id, u.name AS user_name, u.email AS user_email, a.action,
            a.details, mb.name AS municipality_before, ma.name AS municipality_after, a.project_id, p.name AS project_name,
            count(*) OVER () AS total
       FROM user_audit a
       JOIN app_user u ON u.id = a.user_id
       LEFT JOIN app_user actor ON actor.id = a.actor_id
       LEFT JOIN project p ON p.id = a.project_id
       LEFT JOIN municipality mb ON mb.code = a.details->>'municipalityBefore'
       LEFT JOIN municipality ma ON ma.code = a.details->>'municipalityAfter'
      WHERE ${filter} AND ($3::timestamptz IS NULL OR (a.occurred_at, a.id) < ($3::timestamptz, $4::uuid))
      ORDER BY a.occurred_at DESC, a.id DESC
      LIMIT $5`,
    [args.userId ?? null, onlyMunicipality, cursor?.at ?? null, cursor?.id ?? null, args.first + 1],
  );
  const page = rows.slice(0, args.first);
  let totalCount = rows[0] ? Number(rows[0].total) : 0;
  if (cursor) {
    // The window count above counts only what lies after the cursor: the total counts the whole filter.
    const counted: Array<{ n: string }> = await ctx.manager.query(`SELECT count(*) AS n FROM user_audit a JOIN app_user u ON u.id = a.user_id WHERE ${filter}`, [
      args.userId ?? null,
      onlyMunicipality,
    ]);
    totalCount = Number(counted[0]?.n ?? 0);
  }
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.id,
      occurredAt: new Date(r.occurred_at).toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name ?? (r.source === "OIDC" ? "organisationens login" : "kommandolinje"),
      userId: r.user_id,
      userName: r.user_name,
      userEmail: r.user_email,
      action: r.action,
      rolesBefore: r.action === "ROLES_CHANGED" ? roleList(r.details.before) : null,
      rolesAfter: r.action === "ROLES_CHANGED" || r.action === "USER_CREATED" ? roleList(r.details.after) : null,
      municipalityBefore: r.municipality_before,
      municipalityAfter: r.municipality_after,
      projectId: r.project_id,
      projectName: r.project_name,
      projectRole: r.details.role ? (r.details.role as RoleEnum) : null,
    })),
    totalCount,
    endCursor: last ? encodeCursor(last.occurred_text, last.id) : null,
    hasNextPage: rows.length > args.first,
  };
}
