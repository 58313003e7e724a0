import { AppUser } from "@overblik/db";
import { isGlobalRole } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import type { RoleEnum } from "../../common/enums.js";
import { rowsOf } from "../../common/sql.js";
import type { UserAccountType } from "./users.types.js";

/*
 * User accounts as the administration sees them (app_user with its municipality), their versioned changes, and what
 * a change of password or access ends (sessions, access tokens, lockouts). The rules — who may do what, the last
 * administrator, the errors — stay in users.service.ts.
 */

interface AccountRow {
  id: string;
  name: string;
  email: string;
  active: boolean;
  global_roles: string[];
  password_change_required: boolean;
  version: number;
  municipality_code: string | null;
  municipality_name: string | null;
  leaders_may_create_projects: boolean | null;
}

const ACCOUNT_COLUMNS = `u.id, u.name, u.email, u.active, u.global_roles, u.password_change_required, u.version,
  u.municipality_code, m.name AS municipality_name, m.leaders_may_create_projects`;

/** Everything about the account (the caller trims it for who may see less). */
function toAccount(r: AccountRow): UserAccountType {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    active: r.active,
    globalRoles: r.global_roles.filter(isGlobalRole) as RoleEnum[],
    municipality:
      r.municipality_code && r.municipality_name
        ? { code: r.municipality_code, name: r.municipality_name, leadersMayCreateProjects: r.leaders_may_create_projects === true }
        : null,
    passwordChangeRequired: r.password_change_required,
    version: r.version,
  };
}

export async function userAccount(manager: Pick<EntityManager, "query">, id: string): Promise<UserAccountType | undefined> {
  const rows: AccountRow[] = await manager.query(
    `SELECT ${ACCOUNT_COLUMNS} FROM app_user u LEFT JOIN municipality m ON m.code = u.municipality_code WHERE u.id = $1`,
    [id],
  );
  return rows[0] ? toAccount(rows[0]) : undefined;
}

/** Which accounts a search lists: a LIKE pattern on name or e-mail, inactive ones or not, one municipality's or all. */
export interface UserAccountFilter {
  pattern: string | null;
  includeInactive: boolean;
  municipalityCode: string | null;
}

/** A page of accounts by name, with the number the filter matches (a window count: 0 on an empty page). */
export async function userAccountPage(
  manager: Pick<EntityManager, "query">,
  filter: UserAccountFilter,
  take: number,
  skip: number,
): Promise<{ items: UserAccountType[]; total: number }> {
  const rows: Array<AccountRow & { total: string }> = await manager.query(
    `SELECT ${ACCOUNT_COLUMNS}, count(*) OVER () AS total
       FROM app_user u LEFT JOIN municipality m ON m.code = u.municipality_code
      WHERE ($1::text IS NULL OR u.name ILIKE $1 OR u.email ILIKE $1) AND ($2 OR u.active) AND ($5::text IS NULL OR u.municipality_code = $5)
      ORDER BY u.name, u.email LIMIT $3 OFFSET $4`,
    [filter.pattern, filter.includeInactive, take, skip, filter.municipalityCode],
  );
  return { items: rows.map(toAccount), total: rows[0] ? Number(rows[0].total) : 0 };
}

/** The number of accounts the filter matches. */
export async function countUserAccounts(manager: Pick<EntityManager, "query">, filter: UserAccountFilter): Promise<number> {
  const counted: Array<{ n: string }> = await manager.query(
    `SELECT count(*) AS n FROM app_user u
        WHERE ($1::text IS NULL OR u.name ILIKE $1 OR u.email ILIKE $1) AND ($2 OR u.active) AND ($3::text IS NULL OR u.municipality_code = $3)`,
    [filter.pattern, filter.includeInactive, filter.municipalityCode],
  );
  return Number(counted[0]?.n ?? 0);
}

/** Active global administrators (main.ts tells an installation without one how to make the first). */
export async function countActiveAdministrators(manager: Pick<EntityManager, "query">): Promise<number | undefined> {
  const admins: Array<{ n: number }> = await manager.query(`SELECT count(*)::int AS n FROM app_user WHERE 'ADMIN' = ANY(global_roles) AND active`);
  return admins[0]?.n;
}

/**
 * The active global administrators' ids, locked for the transaction (FOR UPDATE, in id order so two transactions
 * take the locks in the same order): two administrators who take each other's role at once then cannot both pass.
 */
export async function lockActiveAdministrators(tx: Pick<EntityManager, "query">): Promise<string[]> {
  const admins: Array<{ id: string }> = await tx.query(`SELECT id FROM app_user WHERE active AND 'ADMIN' = ANY(global_roles) ORDER BY id FOR UPDATE`);
  return admins.map((a) => a.id);
}

/** A versioned change of one account: what it sets besides the version. */
export type AccountChange = { active: boolean } | { globalRoles: readonly string[]; municipalityCode: string | null } | { municipalityCode: string | null };

function setClause(change: AccountChange): { set: string; values: unknown[] } {
  if ("active" in change) return { set: `active = $3`, values: [change.active] };
  if ("globalRoles" in change) return { set: `global_roles = $3, municipality_code = $4`, values: [change.globalRoles, change.municipalityCode] };
  return { set: `municipality_code = $3`, values: [change.municipalityCode] };
}

/**
 * `UPDATE app_user SET <change>, version = version + 1 WHERE id = $1 AND version = $2`. When no row changed, one more
 * read tells an unknown account (MISSING) from a stale version (STALE).
 */
export async function updateAccountVersioned(
  tx: Pick<EntityManager, "query">,
  userId: string,
  expectedVersion: number,
  change: AccountChange,
): Promise<"UPDATED" | "MISSING" | "STALE"> {
  const { set, values } = setClause(change);
  const rows = await rowsOf<{ id: string }>(tx, `UPDATE app_user SET ${set}, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`, [
    userId,
    expectedVersion,
    ...values,
  ]);
  if (rows[0]) return "UPDATED";
  const exists: Array<{ id: string }> = await tx.query(`SELECT id FROM app_user WHERE id = $1`, [userId]);
  return exists[0] ? "STALE" : "MISSING";
}

/** A new (one-time) password hash the user must replace at the next login; false for an unknown account. */
export async function setOneTimePasswordHash(tx: Pick<EntityManager, "query">, userId: string, passwordHash: string): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(
    tx,
    `UPDATE app_user SET password_hash = $2, password_change_required = true, version = version + 1
        WHERE id = $1 RETURNING id`,
    [userId, passwordHash],
  );
  return rows[0] !== undefined;
}

/** Ends every login of the user: their sessions, then their personal access tokens. */
export async function revokeSessionsAndAccessTokens(tx: Pick<EntityManager, "query">, userId: string): Promise<void> {
  await tx.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  await tx.query(`UPDATE personal_access_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
}

/** Lifts every client's lockout on the account. */
export async function clearLoginLockouts(tx: Pick<EntityManager, "query">, userId: string): Promise<void> {
  await tx.query(`DELETE FROM login_lockout WHERE user_id = $1`, [userId]);
}

/** The account's stored password hash (to check the current password), or null for an unknown account. */
export async function passwordHashOf(manager: EntityManager, userId: string): Promise<string | null> {
  const stored = await manager.findOne(AppUser, { where: { id: userId } });
  return stored ? stored.passwordHash : null;
}

/** The user's own new password: no longer a one-time password. */
export async function setOwnPasswordHash(tx: Pick<EntityManager, "query">, userId: string, passwordHash: string): Promise<void> {
  await tx.query(`UPDATE app_user SET password_hash = $2, password_change_required = false, version = version + 1 WHERE id = $1`, [userId, passwordHash]);
}

/** Ends the user's sessions but one (the one that changed the password; pass a nil uuid to end them all). */
export async function revokeOtherSessions(tx: Pick<EntityManager, "query">, userId: string, keptSessionId: string): Promise<void> {
  await tx.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`, [userId, keptSessionId]);
}
