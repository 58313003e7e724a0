import { isGlobalRole, type GlobalRole, type ProjectRole } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { toProjectRoles } from "../request-user.js";
import { preparedRows } from "../sql.js";

/*
 * The lookups every authenticated request starts with (common/auth.ts): a session or a personal access token to its
 * active user, with the user's global roles and project memberships, in one statement.
 */

/** A valid session's or token's user as the request will see it (the municipal scope is added by the caller). */
export interface AuthenticatedUser {
  userId: string;
  email: string;
  name: string;
  globalRoles: GlobalRole[];
  projectRoles: Map<string, ProjectRole[]>;
  passwordChangeRequired: boolean;
}

interface SessionRow {
  user_id: string;
  email: string;
  name: string;
  global_roles: GlobalRole[];
  password_change_required: boolean;
  memberships: Array<{ project_id: string; role: ProjectRole }> | null;
}

const toAuthenticatedUser = (row: SessionRow): AuthenticatedUser => ({
  userId: row.user_id,
  email: row.email,
  name: row.name,
  globalRoles: row.global_roles.filter(isGlobalRole),
  projectRoles: toProjectRoles(row.memberships ?? []),
  passwordChangeRequired: row.password_change_required,
});

/**
 * The session's user: the session must exist, be unrevoked and unexpired, and the user active. A named prepared
 * statement, as every request runs it (planned once per connection; npm run bench counts it by this name).
 */
export async function sessionUser(manager: EntityManager, sessionId: string, userId: string): Promise<AuthenticatedUser | null> {
  const rows = await preparedRows<SessionRow>(
    manager,
    "overblik_session_user",
    `SELECT u.id AS user_id, u.email, u.name, u.global_roles, u.password_change_required,
            (SELECT json_agg(json_build_object('project_id', m.project_id, 'role', m.role))
               FROM project_membership m WHERE m.user_id = u.id) AS memberships
       FROM user_session s
       JOIN app_user u ON u.id = s.user_id
      WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
    [sessionId, userId],
  );
  const row = rows[0];
  return row ? toAuthenticatedUser(row) : null;
}

/** A personal access token's user, by the token's hash: unrevoked, unexpired, the user active. */
export async function accessTokenUser(manager: Pick<EntityManager, "query">, tokenHash: Buffer): Promise<(AuthenticatedUser & { tokenId: string }) | null> {
  const rows: Array<SessionRow & { token_id: string }> = await manager.query(
    `SELECT t.id AS token_id, u.id AS user_id, u.email, u.name, u.global_roles, u.password_change_required,
            (SELECT json_agg(json_build_object('project_id', m.project_id, 'role', m.role))
               FROM project_membership m WHERE m.user_id = u.id) AS memberships
       FROM personal_access_token t JOIN app_user u ON u.id = t.user_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now() AND u.active`,
    [tokenHash],
  );
  const row = rows[0];
  return row ? { ...toAuthenticatedUser(row), tokenId: row.token_id } : null;
}

/** Records a token's use, at most once a minute (the WHERE skips the write otherwise: no row churn per request). */
export async function touchAccessToken(manager: Pick<EntityManager, "query">, tokenId: string): Promise<void> {
  await manager.query(
    `UPDATE personal_access_token SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    [tokenId],
  );
}

/** An active user by id, with roles and memberships as now: whom a background job runs as (modules/jobs/job-context.ts). */
export async function activeUserById(manager: Pick<EntityManager, "query">, userId: string): Promise<AuthenticatedUser | null> {
  const rows: SessionRow[] = await manager.query(
    `SELECT u.id AS user_id, u.email, u.name, u.global_roles, u.password_change_required,
            (SELECT json_agg(json_build_object('project_id', m.project_id, 'role', m.role))
               FROM project_membership m WHERE m.user_id = u.id) AS memberships
       FROM app_user u WHERE u.id = $1 AND u.active`,
    [userId],
  );
  const row = rows[0];
  return row ? toAuthenticatedUser(row) : null;
}
