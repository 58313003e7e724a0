import { AppUser, UserSession, hashPassword, verifyPassword } from "@overblik/db";
import { isGlobalRole, type ProjectRole } from "@overblik/domain";
import { SESSION_COOKIE, requireUser, toProjectRoles, type RequestUser } from "../../common/auth.js";
import { DomainError } from "../../common/errors.js";
import { rowsOf } from "../../common/sql.js";
import type { Context } from "../../context.js";
import { RoleEnum } from "../../common/enums.js";
import type { LoginInput, LoginPayload, UserType } from "./auth.types.js";
import { countLoginAttempt } from "./login-rate-limit.js";

// Verified when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export function toUserType(user: Pick<RequestUser, "id" | "email" | "name" | "globalRoles" | "projectRoles" | "passwordChangeRequired">): UserType {
  const memberships = [...user.projectRoles.entries()].flatMap(([projectId, roles]) =>
    roles.map((role) => ({ projectId, role: role as RoleEnum })),
  );
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    globalRoles: user.globalRoles as RoleEnum[],
    memberships,
    passwordChangeRequired: user.passwordChangeRequired,
  };
}

export async function login(ctx: Context, input: LoginInput): Promise<LoginPayload> {
  await countLoginAttempt(ctx);
  const email = input.email.trim().toLowerCase();
  const user = await ctx.manager.findOne(AppUser, { where: { email } });
  if (!user || !user.active) {
    dummyHash ??= hashPassword("overblik-dummy-password");
    await verifyPassword(await dummyHash, input.password);
    throw new DomainError("UNAUTHENTICATED", "Forkert e-mail eller adgangskode.");
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await verifyPassword(user.passwordHash, input.password); // same time as an ordinary attempt
    throw lockedError(user.lockedUntil);
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await registerFailedLogin(ctx, user.id);
    throw new DomainError("UNAUTHENTICATED", "Forkert e-mail eller adgangskode.");
  }
  if (user.failedLogins > 0 || user.lockedUntil) {
    if (user.lockedUntil) ctx.logger.info({ userId: user.id, lockedUntil: user.lockedUntil }, "login lockout ended");
    await ctx.manager.query(`UPDATE app_user SET failed_logins = 0, first_failed_login_at = NULL, locked_until = NULL WHERE id = $1`, [user.id]);
  }
  const expiresAt = new Date(Date.now() + ctx.deps.sessionHours * 3600_000);
  const session = await ctx.manager.save(ctx.manager.create(UserSession, { userId: user.id, expiresAt, revokedAt: null }));
  const token = await ctx.deps.tokens.sign(session.id, user.id, expiresAt);
  ctx.res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: ctx.deps.secureCookies,
    path: "/",
    expires: expiresAt,
  });
  const memberships: Array<{ project_id: string; role: ProjectRole }> = await ctx.manager.query(
    `SELECT project_id, role FROM project_membership WHERE user_id = $1`,
    [user.id],
  );
  const projectRoles = toProjectRoles(memberships);
  ctx.logger.info({ userId: user.id, sessionId: session.id }, "login");
  // The rest of this request (the payload's nested fields) runs as the user who just logged in.
  ctx.user = {
    id: user.id,
    email: user.email,
    name: user.name,
    sessionId: session.id,
    tokenKind: "SESSION",
    globalRoles: user.globalRoles.filter(isGlobalRole),
    projectRoles,
    passwordChangeRequired: user.passwordChangeRequired,
  };
  return { token, expiresAt: expiresAt.toISOString(), user: toUserType(ctx.user), passwordChangeRequired: user.passwordChangeRequired };
}

/** After this many wrong passwords within 24 hours the account is locked for a period (DPA requirement). */
export const MAX_FAILED_LOGINS = 5;

function lockedError(until: Date): DomainError {
  const time = new Intl.DateTimeFormat("da-DK", { timeZone: "Europe/Copenhagen", hour: "2-digit", minute: "2-digit" }).format(until);
  return new DomainError("UNAUTHENTICATED", `Kontoen er låst efter ${MAX_FAILED_LOGINS} forkerte adgangskoder. Prøv igen efter kl. ${time}.`, {
    lockedUntil: until.toISOString(),
  });
}

/** Counts a wrong password in the 24-hour window, in one statement (safe across API processes); locks at the limit. */
async function registerFailedLogin(ctx: Context, userId: string): Promise<void> {
  const rows = await rowsOf<{ failed_logins: number; locked_until: Date | null }>(
    ctx.manager,
    `UPDATE app_user SET
        failed_logins = CASE WHEN first_failed_login_at IS NULL OR first_failed_login_at < now() - interval '24 hours' THEN 1 ELSE failed_logins + 1 END,
        first_failed_login_at = CASE WHEN first_failed_login_at IS NULL OR first_failed_login_at < now() - interval '24 hours' THEN now() ELSE first_failed_login_at END
      WHERE id = $1
      RETURNING failed_logins, locked_until`,
    [userId],
  );
  const failed = rows[0]?.failed_logins ?? 0;
  ctx.logger.info({ userId, failed }, "login failed: wrong password");
  if (failed >= MAX_FAILED_LOGINS) {
    const locked = await rowsOf<{ locked_until: Date }>(
      ctx.manager,
      `UPDATE app_user SET locked_until = now() + make_interval(mins => $2), failed_logins = 0, first_failed_login_at = NULL
        WHERE id = $1 RETURNING locked_until`,
      [userId, ctx.deps.loginLockMinutes],
    );
    ctx.logger.warn({ userId, lockedUntil: locked[0]?.locked_until }, "login lockout");
  }
}

export async function logout(ctx: Context): Promise<boolean> {
  const user = requireUser(ctx);
  if (user.tokenKind === "ACCESS_TOKEN") {
    await ctx.manager.query(`UPDATE personal_access_token SET revoked_at = now() WHERE id = $1`, [user.sessionId]);
    return true;
  }
  await ctx.manager.update(UserSession, { id: user.sessionId }, { revokedAt: new Date() });
  ctx.res.clearCookie(SESSION_COOKIE, { path: "/" });
  return true;
}

/** Every user with their roles: for administrators only (checked by @Authorized("ADMIN") on the resolver). */
export async function listUsers(ctx: Context): Promise<UserType[]> {
  const rows: Array<{
    id: string;
    email: string;
    name: string;
    global_roles: string[];
    password_change_required: boolean;
    memberships: Array<{ project_id: string; role: ProjectRole }> | null;
  }> = await ctx.manager.query(
    `SELECT u.id, u.email, u.name, u.global_roles, u.password_change_required,
            (SELECT json_agg(json_build_object('project_id', m.project_id, 'role', m.role) ORDER BY m.role)
               FROM project_membership m WHERE m.user_id = u.id) AS memberships
       FROM app_user u
      ORDER BY u.name`,
  );
  return rows.map((r) =>
    toUserType({
      id: r.id,
      email: r.email,
      name: r.name,
      globalRoles: r.global_roles.filter(isGlobalRole),
      projectRoles: toProjectRoles(r.memberships ?? []),
      passwordChangeRequired: r.password_change_required,
    }),
  );
}
