// User accounts: list, create, reset, activate, global roles and municipality, and a user's own password.
import { EmailTakenError, createUserWithOneTimePassword, generateOneTimePassword, hashPassword, recordUserAudit, verifyPassword } from "@overblik/db";
import { grantableGlobalRoles, isGlobalRole, type GlobalRole } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { requireGlobalAccess, userSearchScope } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound, requireUuid } from "../../common/errors.js";
import { administeredMunicipality, requireAdministeredMunicipality, requireManagedUser } from "../../common/municipality-scope.js";
import { requireAcceptablePassword } from "../../common/password-policy.js";
import type { Context } from "../../context.js";
import { toUserType } from "../auth/auth.service.js";
import type { UserType } from "../auth/auth.types.js";
import type {
  ChangePasswordInput,
  CreateUserInput,
  OneTimePasswordPayload,
  ResetUserPasswordInput,
  SetUserActiveInput,
  SetUserGlobalRolesInput,
  SetUserMunicipalityInput,
  UserAccountList,
  UserAccountType,
  UserListArgs,
} from "./users.types.js";
import { GLOBAL_ROLES_ONLY } from "./users.types.js";
import { requireKnownMunicipality } from "./municipalities.service.js";
import {
  clearLoginLockouts,
  countUserAccounts,
  lockActiveAdministrators,
  passwordHashOf,
  revokeOtherSessions,
  revokeSessionsAndAccessTokens,
  setOneTimePasswordHash,
  setOwnPasswordHash,
  updateAccountVersioned,
  userAccount,
  userAccountPage,
  type AccountChange,
} from "./users.repository.js";

/** What a user without user.manage sees of another user (the directory: id, name and e-mail). */
const directoryEntry = (a: UserAccountType): UserAccountType => ({
  id: a.id,
  name: a.name,
  email: a.email,
  active: null,
  globalRoles: null,
  municipality: null,
  passwordChangeRequired: null,
  version: null,
});

async function account(ctx: Context, id: string): Promise<UserAccountType> {
  const found = await userAccount(ctx.manager, id);
  if (!found) throw notFound("Brugeren");
  return found;
}

/** Escapes LIKE's wildcards so a search for "50%" finds the text "50%". */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listUserAccounts(ctx: Context, args: UserListArgs): Promise<UserAccountList> {
  const scope = userSearchScope(ctx);
  const search = args.search?.trim() ? likePattern(args.search.trim()) : null;
  // A kommuneadministrator lists the users of their own municipality only (none without a municipality).
  const administered = scope === "ALL" ? administeredMunicipality(ctx) : "ALL";
  const onlyMunicipality = administered === "ALL" ? null : (administered.code ?? "---");
  const filter = { pattern: search, includeInactive: scope === "ALL", municipalityCode: onlyMunicipality };
  const page = await userAccountPage(ctx.manager, filter, args.take, args.skip);
  let totalCount = page.total;
  if (page.items.length === 0 && args.skip > 0) totalCount = await countUserAccounts(ctx.manager, filter);
  return { items: scope === "ALL" ? page.items : page.items.map(directoryEntry), totalCount };
}

export async function createUser(ctx: Context, input: CreateUserInput): Promise<OneTimePasswordPayload> {
  requireGlobalAccess(ctx, "user.manage");
  const by = requireUser(ctx);
  const globalRoles = checkedGlobalRoles(input.globalRoles);
  // A kommuneadministrator's new users belong to their municipality (given or not).
  const administered = administeredMunicipality(ctx);
  const municipalityCode = input.municipalityCode ?? (administered === "ALL" ? null : administered.code);
  requireAdministeredMunicipality(ctx, municipalityCode);
  requireGrantableRoles(ctx, [], globalRoles);
  await requireKnownMunicipality(ctx, municipalityCode);
  requireMunicipalityForRoles(globalRoles, municipalityCode);
  try {
    const { user, oneTimePassword } = await ctx.manager.transaction(async (tx) => {
      const created = await createUserWithOneTimePassword(tx, { email: input.email, name: input.name, globalRoles, municipalityCode });
      await recordUserAudit(tx, {
        actorId: by.id,
        userId: created.user.id,
        action: "USER_CREATED",
        details: { after: globalRoles, municipalityAfter: municipalityCode },
      });
      return created;
    });
    ctx.logger.info({ userId: user.id, by: by.id }, "user created");
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
  await requireManagedUser(ctx, input.userId);
  const by = requireUser(ctx);
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await ctx.manager.transaction(async (tx) => {
    if (!(await setOneTimePasswordHash(tx, input.userId, passwordHash))) throw notFound("Brugeren");
    // A reset is often done because the account may be in wrong hands: its logins and its access tokens end.
    await revokeSessionsAndAccessTokens(tx, input.userId);
    // The guesses counted so far were against the old password: every client's lock on the account is lifted.
    await clearLoginLockouts(tx, input.userId);
    await recordUserAudit(tx, { actorId: by.id, userId: input.userId, action: "PASSWORD_RESET" });
  });
  ctx.logger.info({ userId: input.userId, by: by.id }, "one-time password issued");
  return { user: await account(ctx, input.userId), oneTimePassword };
}

/**
 * Deactivating takes effect on the user's next request: every request looks the session's user up (u.active). The
 * user's sessions and access tokens are also revoked, so reactivating the account later does not bring back a
 * login or a token that may be in wrong hands: the user logs in anew.
 */
export async function setUserActive(ctx: Context, input: SetUserActiveInput): Promise<UserAccountType> {
  requireGlobalAccess(ctx, "user.manage");
  requireUuid(input.userId, "Brugeren");
  const by = requireUser(ctx);
  if (!input.active && input.userId === by.id) {
    throw new DomainError("BAD_USER_INPUT", "Du kan ikke deaktivere dig selv. Bed en anden administrator om det.");
  }
  await requireManagedUser(ctx, input.userId);
  await ctx.manager.transaction(async (tx) => {
    if (!input.active) await requireAnotherActiveAdministrator(tx, input.userId);
    await updateVersioned(tx, input.userId, input.expectedVersion, { active: input.active });
    if (!input.active) await revokeSessionsAndAccessTokens(tx, input.userId);
    await recordUserAudit(tx, { actorId: by.id, userId: input.userId, action: input.active ? "USER_REACTIVATED" : "USER_DEACTIVATED" });
  });
  return account(ctx, input.userId);
}

/** The global roles asked for, each once; a project role (or anything else) is refused. */
function checkedGlobalRoles(roles: readonly string[]): GlobalRole[] {
  const unique = [...new Set(roles)];
  if (!unique.every(isGlobalRole)) throw new DomainError("BAD_USER_INPUT", GLOBAL_ROLES_ONLY);
  return unique;
}

/**
 * Only the global roles the administrator may grant change (packages/domain's GRANTABLE_GLOBAL_ROLES): a
 * kommuneadministrator gives and takes only the kommuneadministrator role; ADMIN (every municipality) and DEVELOPER
 * stay with the global administrator.
 */
function requireGrantableRoles(ctx: Context, before: readonly string[], after: readonly string[]): void {
  const grantable: readonly string[] = grantableGlobalRoles(requireUser(ctx).globalRoles);
  const changed = [...before.filter((r) => !after.includes(r)), ...after.filter((r) => !before.includes(r))];
  if (changed.some((r) => !grantable.includes(r))) {
    throw new DomainError(
      "FORBIDDEN",
      "Som kommuneadministrator kan du kun give og fjerne rollen kommuneadministrator. Bed en administrator om de andre roller.",
    );
  }
}

/** A kommuneadministrator administers their municipality: the role needs one. */
function requireMunicipalityForRoles(globalRoles: readonly string[], municipalityCode: string | null): void {
  if (globalRoles.includes("MUNICIPALITY_ADMIN") && municipalityCode === null) {
    throw new DomainError("BAD_USER_INPUT", "En kommuneadministrator skal høre til en kommune. Vælg brugerens kommune først.");
  }
}

/**
 * The installation always keeps an active global administrator (otherwise nobody could manage users without SQL).
 * The active administrators are locked for the transaction, so two administrators who take each other's role (or
 * deactivate each other) at the same moment cannot both succeed.
 */
async function requireAnotherActiveAdministrator(tx: EntityManager, userId: string): Promise<void> {
  const admins = await lockActiveAdministrators(tx);
  if (admins.includes(userId) && admins.length === 1) {
    throw new DomainError("BAD_USER_INPUT", "Installationen skal have mindst én aktiv administrator. Gør en anden bruger til administrator først.");
  }
}

/** A versioned change of the account: NOT_FOUND for an unknown user, CONFLICT for a stale version. */
async function updateVersioned(tx: EntityManager, userId: string, expectedVersion: number, change: AccountChange): Promise<void> {
  const result = await updateAccountVersioned(tx, userId, expectedVersion, change);
  if (result === "UPDATED") return;
  if (result === "MISSING") throw notFound("Brugeren");
  throw new DomainError("CONFLICT", "Brugeren er ændret, siden du hentede den. Hent listen igen.");
}

/**
 * Sets a user's global roles (all at once, versioned), and with them the municipality when given: one change, so a
 * kommuneadministrator and its municipality are saved together or not at all. An administrator cannot take ADMIN
 * from themselves, and the installation never loses its last active administrator.
 */
export async function setUserGlobalRoles(ctx: Context, input: SetUserGlobalRolesInput): Promise<UserAccountType> {
  requireGlobalAccess(ctx, "user.manage");
  requireUuid(input.userId, "Brugeren");
  const by = requireUser(ctx);
  const after = checkedGlobalRoles(input.globalRoles);
  const target = await requireManagedUser(ctx, input.userId);
  const before = target.globalRoles.filter(isGlobalRole);
  requireGrantableRoles(ctx, before, after);
  const municipality = input.municipalityCode === undefined ? target.municipalityCode : input.municipalityCode;
  const moves = municipality !== target.municipalityCode;
  if (moves) {
    requireAdministeredMunicipality(ctx, municipality);
    await requireKnownMunicipality(ctx, municipality);
  }
  requireMunicipalityForRoles(after, municipality);
  const losesAdmin = before.includes("ADMIN") && !after.includes("ADMIN");
  if (losesAdmin && input.userId === by.id) {
    throw new DomainError("BAD_USER_INPUT", "Du kan ikke fjerne din egen administratorrolle. Bed en anden administrator om det.");
  }
  await ctx.manager.transaction(async (tx) => {
    if (losesAdmin) await requireAnotherActiveAdministrator(tx, input.userId);
    await updateVersioned(tx, input.userId, input.expectedVersion, { globalRoles: after, municipalityCode: municipality });
    if (moves) {
      const details = { municipalityBefore: target.municipalityCode, municipalityAfter: municipality };
      await recordUserAudit(tx, { actorId: by.id, userId: input.userId, action: "MUNICIPALITY_CHANGED", details });
    }
    const changed = before.length !== after.length || before.some((r) => !after.includes(r));
    if (changed || !moves) await recordUserAudit(tx, { actorId: by.id, userId: input.userId, action: "ROLES_CHANGED", details: { before, after } });
  });
  ctx.logger.info({ userId: input.userId, by: by.id }, "global roles changed");
  return account(ctx, input.userId);
}

/** Sets or changes a user's municipality (versioned). A kommuneadministrator cannot move users out of theirs. */
export async function setUserMunicipality(ctx: Context, input: SetUserMunicipalityInput): Promise<UserAccountType> {
  requireGlobalAccess(ctx, "user.manage");
  requireUuid(input.userId, "Brugeren");
  const by = requireUser(ctx);
  const target = await requireManagedUser(ctx, input.userId);
  const after = input.municipalityCode ?? null;
  requireAdministeredMunicipality(ctx, after);
  await requireKnownMunicipality(ctx, after);
  requireMunicipalityForRoles(target.globalRoles, after);
  await ctx.manager.transaction(async (tx) => {
    await updateVersioned(tx, input.userId, input.expectedVersion, { municipalityCode: after });
    await recordUserAudit(tx, {
      actorId: by.id,
      userId: input.userId,
      action: "MUNICIPALITY_CHANGED",
      details: { municipalityBefore: target.municipalityCode, municipalityAfter: after },
    });
  });
  return account(ctx, input.userId);
}

/**
 * The logged-in user chooses their own password (also from a one-time password): at least 12 characters and
 * not the current one. Clears password_change_required; the user's other sessions end, this one stays.
 */
export async function changePassword(ctx: Context, input: ChangePasswordInput): Promise<UserType> {
  const user = requireUser(ctx);
  const storedHash = await passwordHashOf(ctx.manager, user.id);
  if (storedHash === null) throw notFound("Brugeren");
  if (!(await verifyPassword(storedHash, input.currentPassword))) {
    throw new DomainError("BAD_USER_INPUT", "Den nuværende adgangskode er forkert.");
  }
  if (input.newPassword === input.currentPassword) {
    throw new DomainError("BAD_USER_INPUT", "Den nye adgangskode skal være en anden end den nuværende.");
  }
  requireAcceptablePassword(input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.manager.transaction(async (tx) => {
    await setOwnPasswordHash(tx, user.id, passwordHash);
    await revokeOtherSessions(tx, user.id, user.tokenKind === "SESSION" ? user.sessionId : "00000000-0000-0000-0000-000000000000");
    await recordUserAudit(tx, { actorId: user.id, userId: user.id, action: "PASSWORD_CHANGED" });
  });
  ctx.logger.info({ userId: user.id }, "password changed");
  ctx.user = { ...user, passwordChangeRequired: false };
  return toUserType(ctx.user);
}
