import { AppUser, EmailTakenError, createUserWithOneTimePassword, generateOneTimePassword, hashPassword, verifyPassword } from "@overblik/db";
import { isGlobalRole, type GlobalRole } from "@overblik/domain";
import { requireGlobalAccess, userSearchScope } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound, requireUuid } from "../../common/errors.js";
import { rowsOf } from "../../common/sql.js";
import type { Context } from "../../context.js";
import type { RoleEnum } from "../../common/enums.js";
import { toUserType } from "../auth/auth.service.js";
import type { UserType } from "../auth/auth.types.js";
import type {
  ChangePasswordInput,
  CreateUserInput,
  MunicipalityType,
  OneTimePasswordPayload,
  ResetUserPasswordInput,
  SetMunicipalityRulesInput,
  SetUserActiveInput,
  UserAccountList,
  UserAccountType,
  UserListArgs,
} from "./users.types.js";

interface MunicipalityRow {
  code: string;
  name: string;
  leaders_may_create_projects: boolean;
}

const toMunicipality = (r: MunicipalityRow): MunicipalityType => ({ code: r.code, name: r.name, leadersMayCreateProjects: r.leaders_may_create_projects });

export async function listMunicipalities(ctx: Context): Promise<MunicipalityType[]> {
  const rows: MunicipalityRow[] = await ctx.manager.query(`SELECT code, name, leaders_may_create_projects FROM municipality ORDER BY code`);
  // Danish alphabetical order (Æ, Ø, Å last) without depending on the database's collation.
  return rows.map(toMunicipality).sort((a, b) => a.name.localeCompare(b.name, "da"));
}

export async function setMunicipalityRules(ctx: Context, input: SetMunicipalityRulesInput): Promise<MunicipalityType> {
  requireGlobalAccess(ctx, "user.manage");
  const rows = await rowsOf<MunicipalityRow>(
    ctx.manager,
    `UPDATE municipality SET leaders_may_create_projects = $2 WHERE code = $1 RETURNING code, name, leaders_may_create_projects`,
    [input.code, input.leadersMayCreateProjects],
  );
  if (!rows[0]) throw notFound("Kommunen");
  return toMunicipality(rows[0]);
}

/** Unknown kommunekoder, for a clear BAD_USER_INPUT before any foreign key answers. */
export async function unknownMunicipalities(ctx: Context, codes: readonly string[]): Promise<string[]> {
  const rows: Array<{ code: string }> = await ctx.manager.query(`SELECT code FROM municipality WHERE code = ANY($1::text[])`, [[...codes]]);
  const known = new Set(rows.map((r) => r.code));
  return codes.filter((c) => !known.has(c));
}

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

function toAccount(r: AccountRow, full: boolean): UserAccountType {
  if (!full) {
    return { id: r.id, name: r.name, email: r.email, active: null, globalRoles: null, municipality: null, passwordChangeRequired: null, version: null };
  }
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

async function account(ctx: Context, id: string): Promise<UserAccountType> {
  const rows: AccountRow[] = await ctx.manager.query(
    `SELECT ${ACCOUNT_COLUMNS} FROM app_user u LEFT JOIN municipality m ON m.code = u.municipality_code WHERE u.id = $1`,
    [id],
  );
  if (!rows[0]) throw notFound("Brugeren");
  return toAccount(rows[0], true);
}

/** Escapes LIKE's wildcards so a search for "50%" finds the text "50%". */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listUserAccounts(ctx: Context, args: UserListArgs): Promise<UserAccountList> {
  const scope = userSearchScope(ctx);
  const search = args.search?.trim() ? likePattern(args.search.trim()) : null;
  const rows: Array<AccountRow & { total: string }> = await ctx.manager.query(
    `SELECT ${ACCOUNT_COLUMNS}, count(*) OVER () AS total
       FROM app_user u LEFT JOIN municipality m ON m.code = u.municipality_code
      WHERE ($1::text IS NULL OR u.name ILIKE $1 OR u.email ILIKE $1) AND ($2 OR u.active)
      ORDER BY u.name, u.email LIMIT $3 OFFSET $4`,
    [search, scope === "ALL", args.take, args.skip],
  );
  let totalCount = rows[0] ? Number(rows[0].total) : 0;
  if (!rows[0] && args.skip > 0) {
    const counted: Array<{ n: string }> = await ctx.manager.query(
      `SELECT count(*) AS n FROM app_user u WHERE ($1::text IS NULL OR u.name ILIKE $1 OR u.email ILIKE $1) AND ($2 OR u.active)`,
      [search, scope === "ALL"],
    );
    totalCount = Number(counted[0]?.n ?? 0);
  }
  return { items: rows.map((r) => toAccount(r, scope === "ALL")), totalCount };
}

export async function createUser(ctx: Context, input: CreateUserInput): Promise<OneTimePasswordPayload> {
  requireGlobalAccess(ctx, "user.manage");
  const globalRoles = [...new Set<string>(input.globalRoles)].filter(isGlobalRole) as GlobalRole[];
  if (globalRoles.length !== new Set(input.globalRoles).size) {
    throw new DomainError("BAD_USER_INPUT", "Kun ADMIN og DEVELOPER er globale roller; projektroller gives i projektet.");
  }
  if (input.municipalityCode && (await unknownMunicipalities(ctx, [input.municipalityCode])).length > 0) {
    throw new DomainError("BAD_USER_INPUT", `Kommunekoden ${input.municipalityCode} findes ikke. Vælg en kommune på listen.`);
  }
  try {
    const { user, oneTimePassword } = await ctx.manager.transaction((tx) =>
      createUserWithOneTimePassword(tx, { email: input.email, name: input.name, globalRoles, municipalityCode: input.municipalityCode ?? null }),
    );
    ctx.logger.info({ userId: user.id, by: requireUser(ctx).id }, "user created");
    return { user: await account(ctx, user.id), oneTimePassword };
  } catch (error) {
    if (error instanceof EmailTakenError) throw new DomainError("CONFLICT", `${error.message} Søg brugeren frem i stedet.`);
    // Two administrators creating the same e-mail at once: the unique constraint decides.
    if ((error as { code?: string }).code === "23505") throw new DomainError("CONFLICT", "E-mailadressen har allerede en bruger. Søg brugeren frem i stedet.");
    throw error;
  }
}

/**
 * A new one-time password: the old password stops working, the user's sessions end, any lockout is lifted, and
 * the user must choose their own password at the next login.
 */
export async function resetUserPassword(ctx: Context, input: ResetUserPasswordInput): Promise<OneTimePasswordPayload> {
  requireGlobalAccess(ctx, "user.manage");
  requireUuid(input.userId, "Brugeren");
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await ctx.manager.transaction(async (tx) => {
    const rows = await rowsOf<{ id: string }>(
      tx,
      `UPDATE app_user SET password_hash = $2, password_change_required = true, version = version + 1
        WHERE id = $1 RETURNING id`,
      [input.userId, passwordHash],
    );
    if (!rows[0]) throw notFound("Brugeren");
    // A reset is often done because the account may be in wrong hands: its logins and its access tokens end.
    await tx.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [input.userId]);
    await tx.query(`UPDATE personal_access_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [input.userId]);
    // The guesses counted so far were against the old password: every client's lock on the account is lifted.
    await tx.query(`DELETE FROM login_lockout WHERE user_id = $1`, [input.userId]);
  });
  ctx.logger.info({ userId: input.userId, by: requireUser(ctx).id }, "one-time password issued");
  return { user: await account(ctx, input.userId), oneTimePassword };
}

/** Deactivating takes effect on the user's next request: every request looks the session's user up (u.active). */
export async function setUserActive(ctx: Context, input: SetUserActiveInput): Promise<UserAccountType> {
  requireGlobalAccess(ctx, "user.manage");
  requireUuid(input.userId, "Brugeren");
  if (!input.active && input.userId === requireUser(ctx).id) {
    throw new DomainError("BAD_USER_INPUT", "Du kan ikke deaktivere dig selv. Bed en anden administrator om det.");
  }
  const rows = await rowsOf<{ id: string }>(
    ctx.manager,
    `UPDATE app_user SET active = $2, version = version + 1 WHERE id = $1 AND version = $3 RETURNING id`,
    [input.userId, input.active, input.expectedVersion],
  );
  if (!rows[0]) {
    const exists: Array<{ id: string }> = await ctx.manager.query(`SELECT id FROM app_user WHERE id = $1`, [input.userId]);
    if (!exists[0]) throw notFound("Brugeren");
    throw new DomainError("CONFLICT", "Brugeren er ændret, siden du hentede den. Hent listen igen.");
  }
  return account(ctx, input.userId);
}

/**
 * The logged-in user chooses their own password (also from a one-time password): at least 12 characters and
 * not the current one. Clears password_change_required; the user's other sessions end, this one stays.
 */
export async function changePassword(ctx: Context, input: ChangePasswordInput): Promise<UserType> {
  const user = requireUser(ctx);
  const stored = await ctx.manager.findOne(AppUser, { where: { id: user.id } });
  if (!stored) throw notFound("Brugeren");
  if (!(await verifyPassword(stored.passwordHash, input.currentPassword))) {
    throw new DomainError("BAD_USER_INPUT", "Den nuværende adgangskode er forkert.");
  }
  if (input.newPassword === input.currentPassword) {
    throw new DomainError("BAD_USER_INPUT", "Den nye adgangskode skal være en anden end den nuværende.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.manager.transaction(async (tx) => {
    await tx.query(`UPDATE app_user SET password_hash = $2, password_change_required = false, version = version + 1 WHERE id = $1`, [user.id, passwordHash]);
    await tx.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`, [
      user.id,
      user.tokenKind === "SESSION" ? user.sessionId : "00000000-0000-0000-0000-000000000000",
    ]);
  });
  ctx.logger.info({ userId: user.id }, "password changed");
  ctx.user = { ...user, passwordChangeRequired: false };
  return toUserType(ctx.user);
}
