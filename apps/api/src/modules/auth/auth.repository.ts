import { AppUser, PersonalAccessToken, UserSession } from "@overblik/db";
import { isGlobalRole, type GlobalRole, type ProjectRole } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { toProjectRoles } from "../../common/request-user.js";
import { rowsOf } from "../../common/sql.js";

/*
 * The auth module's reads and writes: sessions, personal access tokens, the accounts a login looks up, and the two
 * guards in front of a login (the per-client rate limit and the per-(account, client) lockout). The services keep
 * the rules (login-lockout.ts, login-rate-limit.ts, auth.service.ts); the token lookup every request runs is in
 * common/repository/session.ts.
 */

// --- Sessions and logins -------------------------------------------------------------------------------------------

/** A new, unrevoked session row (inside the login's transaction, after the lockout check). */
export async function insertSession(tx: EntityManager, userId: string, expiresAt: Date): Promise<UserSession> {
  return tx.save(tx.create(UserSession, { userId, expiresAt, revokedAt: null }));
}

/** Ends a session at once (logout). */
export async function revokeSession(manager: EntityManager, sessionId: string): Promise<void> {
  await manager.update(UserSession, { id: sessionId }, { revokedAt: new Date() });
}

/** The account with this e-mail address (already trimmed and lower-cased), active or not. */
export async function userByEmail(manager: EntityManager, email: string): Promise<AppUser | null> {
  return manager.findOne(AppUser, { where: { email } });
}

/** The user's project roles, projectId → roles, as a RequestUser holds them. */
export async function projectRolesOf(manager: Pick<EntityManager, "query">, userId: string): Promise<Map<string, ProjectRole[]>> {
  const memberships: Array<{ project_id: string; role: ProjectRole }> = await manager.query(
    `SELECT project_id, role FROM project_membership WHERE user_id = $1`,
    [userId],
  );
  return toProjectRoles(memberships);
}

/** A user with their roles, as the user list shows them. */
export interface UserWithRoles {
  id: string;
  email: string;
  name: string;
  globalRoles: GlobalRole[];
  projectRoles: Map<string, ProjectRole[]>;
  passwordChangeRequired: boolean;
}

/** Every user, by name, with their global roles and memberships (one statement). */
export async function usersWithRoles(manager: Pick<EntityManager, "query">): Promise<UserWithRoles[]> {
  const rows: Array<{
    id: string;
    email: string;
    name: string;
    global_roles: string[];
    password_change_required: boolean;
    memberships: Array<{ project_id: string; role: ProjectRole }> | null;
  }> = await manager.query(
    `SELECT u.id, u.email, u.name, u.global_roles, u.password_change_required,
            (SELECT json_agg(json_build_object('project_id', m.project_id, 'role', m.role) ORDER BY m.role)
               FROM project_membership m WHERE m.user_id = u.id) AS memberships
       FROM app_user u
      ORDER BY u.name`,
  );
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    globalRoles: r.global_roles.filter(isGlobalRole),
    projectRoles: toProjectRoles(r.memberships ?? []),
    passwordChangeRequired: r.password_change_required,
  }));
}

// --- Personal access tokens ----------------------------------------------------------------------------------------

/** The user's tokens, newest first. */
export async function accessTokensOf(manager: EntityManager, userId: string): Promise<PersonalAccessToken[]> {
  return manager.find(PersonalAccessToken, { where: { userId }, order: { createdAt: "DESC" } });
}

/** A new token: only its hash and its first characters are stored. */
export async function insertAccessToken(
  manager: EntityManager,
  token: { userId: string; name: string; tokenHash: Buffer; prefix: string; expiresAt: Date },
): Promise<PersonalAccessToken> {
  return manager.save(
    manager.create(PersonalAccessToken, {
      userId: token.userId,
      name: token.name,
      tokenHash: token.tokenHash,
      prefix: token.prefix,
      expiresAt: token.expiresAt,
      revokedAt: null,
      lastUsedAt: null,
    }),
  );
}

/** One of the user's own tokens, or null (another user's token is not found either). */
export async function ownAccessToken(manager: EntityManager, userId: string, id: string): Promise<PersonalAccessToken | null> {
  return manager.findOneBy(PersonalAccessToken, { userId, id });
}

/** The token as stored now. */
export async function accessTokenById(manager: EntityManager, id: string): Promise<PersonalAccessToken> {
  return manager.findOneByOrFail(PersonalAccessToken, { id });
}

/** Revokes a token; one already revoked keeps its first revocation time. */
export async function revokeAccessToken(manager: Pick<EntityManager, "query">, id: string): Promise<void> {
  await manager.query(`UPDATE personal_access_token SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1`, [id]);
}

/** Ends the token a request came with (logout with a token). */
export async function revokeAccessTokenNow(manager: Pick<EntityManager, "query">, id: string): Promise<void> {
  await manager.query(`UPDATE personal_access_token SET revoked_at = now() WHERE id = $1`, [id]);
}

// --- The login guards (login-lockout.ts, login-rate-limit.ts) ------------------------------------------------------

/**
 * Counts a wrong password for (account, client) and locks at the limit, in ONE statement: the upsert's row lock
 * serialises concurrent attempts across API processes. A count that has passed its lock or its 24 hours starts
 * again at 1; attempts during a lock are counted past the limit without extending the lock.
 */
export async function countFailedLogin(
  manager: Pick<EntityManager, "query">,
  userId: string,
  client: string,
  maxFailedLogins: number,
  lockMinutes: number,
): Promise<{ failedLogins: number; lockedUntil: Date | null } | undefined> {
  const restart = `(l.locked_until IS NOT NULL AND l.locked_until <= now()) OR (l.locked_until IS NULL AND l.first_failed_at <= now() - interval '24 hours')`;
  const rows = await rowsOf<{ failed_logins: number; locked_until: Date | null }>(
    manager,
    `INSERT INTO login_lockout AS l (user_id, client, failed_logins, first_failed_at, locked_until)
       VALUES ($1, $2, 1, now(), CASE WHEN $3 <= 1 THEN now() + make_interval(mins => $4) END)
     ON CONFLICT (user_id, client) DO UPDATE SET
       failed_logins = CASE WHEN ${restart} THEN 1 ELSE l.failed_logins + 1 END,
       first_failed_at = CASE WHEN ${restart} THEN now() ELSE l.first_failed_at END,
       locked_until = CASE
         WHEN ${restart} THEN CASE WHEN $3 <= 1 THEN now() + make_interval(mins => $4) END
         WHEN l.failed_logins + 1 = $3 THEN now() + make_interval(mins => $4)
         ELSE l.locked_until END
     RETURNING l.failed_logins, l.locked_until`,
    [userId, client, maxFailedLogins, lockMinutes],
  );
  const row = rows[0];
  return row ? { failedLogins: row.failed_logins, lockedUntil: row.locked_until } : undefined;
}

/**
 * Removes this client's count for the account and says whether it held a lock. Run in the transaction that creates
 * the session: the DELETE waits for a concurrent failure's upsert and sees its result.
 */
export async function clearFailedLogins(tx: Pick<EntityManager, "query">, userId: string, client: string): Promise<{ locked: boolean }> {
  const rows = await rowsOf<{ locked: boolean }>(
    tx,
    `DELETE FROM login_lockout WHERE user_id = $1 AND client = $2 RETURNING coalesce(locked_until > now(), false) AS locked`,
    [userId, client],
  );
  return { locked: rows[0]?.locked === true };
}

/** Counts whose 24 hours and lock have both passed. */
export async function forgetOldFailedLogins(manager: Pick<EntityManager, "query">): Promise<void> {
  await manager.query(`DELETE FROM login_lockout WHERE first_failed_at < now() - interval '24 hours' AND (locked_until IS NULL OR locked_until < now())`);
}

/**
 * Counts one login attempt for the client in its fixed window, in one upsert (its row lock serialises concurrent
 * attempts, so API processes share the count). A window that has passed starts again at 1.
 */
export async function recordLoginAttempt(
  manager: Pick<EntityManager, "query">,
  client: string,
  windowSeconds: number,
): Promise<{ attempts: number; retryAfter: number } | undefined> {
  const rows = await rowsOf<{ attempts: number; retry_after: number }>(
    manager,
    `INSERT INTO login_rate_limit AS l (client, window_start, attempts) VALUES ($1, now(), 1)
     ON CONFLICT (client) DO UPDATE SET
       attempts = CASE WHEN l.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE l.attempts + 1 END,
       window_start = CASE WHEN l.window_start <= now() - make_interval(secs => $2) THEN now() ELSE l.window_start END
     RETURNING l.attempts, greatest(1, ceil(extract(epoch FROM l.window_start + make_interval(secs => $2) - now())))::int AS retry_after`,
    [client, windowSeconds],
  );
  const row = rows[0];
  return row ? { attempts: row.attempts, retryAfter: row.retry_after } : undefined;
}

/** Removes the windows of clients that have gone quiet. */
export async function forgetQuietLoginClients(manager: Pick<EntityManager, "query">, olderThanSeconds: number): Promise<void> {
  await manager.query(`DELETE FROM login_rate_limit WHERE window_start < now() - make_interval(secs => $1)`, [olderThanSeconds]);
}
