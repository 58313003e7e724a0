import { hashPassword, verifyPassword, type UserSession } from "@overblik/db";
import { isGlobalRole } from "@overblik/domain";
import type { Response } from "express";
import type { EntityManager } from "typeorm";
import { requireGlobalAccess } from "../../common/access.js";
import { SESSION_COOKIE, requireUser, type RequestUser } from "../../common/auth.js";
import type { Context, ServerDeps } from "../../context.js";
import { RoleEnum } from "../../common/enums.js";
import { insertSession, projectRolesOf, revokeAccessTokenNow, revokeSession, userByEmail, usersWithRoles } from "./auth.repository.js";
import type { LoginInput, LoginPayload, UserType } from "./auth.types.js";
import { acceptLogin, loginRefused, registerFailedLogin } from "./login-lockout.js";
import { countLoginAttempt } from "./login-rate-limit.js";

// Verified when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export function toUserType(user: Pick<RequestUser, "id" | "email" | "name" | "globalRoles" | "projectRoles" | "passwordChangeRequired">): UserType {
  const memberships = [...user.projectRoles.entries()].flatMap(([projectId, roles]) => roles.map((role) => ({ projectId, role: role as RoleEnum })));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    globalRoles: user.globalRoles as RoleEnum[],
    memberships,
    passwordChangeRequired: user.passwordChangeRequired,
  };
}

/** A new session for the user and its signed token: the one way in, whether by password or by single sign-on. */
export async function openSession(tx: EntityManager, deps: ServerDeps, userId: string): Promise<{ session: UserSession; token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + deps.sessionHours * 3600_000);
  const session = await insertSession(tx, userId, expiresAt);
  return { session, token: await deps.tokens.sign(session.id, userId, expiresAt), expiresAt };
}

/** The portal's session cookie: httpOnly, so no script on the page can read the token. */
export function setSessionCookie(res: Response, deps: ServerDeps, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: deps.secureCookies,
    path: "/",
    expires: expiresAt,
  });
}

export async function login(ctx: Context, input: LoginInput): Promise<LoginPayload> {
  await countLoginAttempt(ctx);
  const email = input.email.trim().toLowerCase();
  const user = await userByEmail(ctx.manager, email);
  const refused = loginRefused(ctx.deps.loginLockMinutes);
  if (!user || !user.active) {
    dummyHash ??= hashPassword("overblik-dummy-password");
    await verifyPassword(await dummyHash, input.password);
    throw refused;
  }
  // The password first, the lock after (login-lockout.ts): reading the lock first let concurrent attempts
  // that all read "not locked" through, and a locked account answered differently from an unknown e-mail.
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await registerFailedLogin(ctx, user.id);
    throw refused;
  }
  const { session, token, expiresAt } = await ctx.manager.transaction(async (tx) => {
    if (!(await acceptLogin(tx, ctx, user.id))) throw refused;
    return openSession(tx, ctx.deps, user.id);
  });
  setSessionCookie(ctx.res, ctx.deps, token, expiresAt);
  const projectRoles = await projectRolesOf(ctx.manager, user.id);
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

export async function logout(ctx: Context): Promise<boolean> {
  const user = requireUser(ctx);
  if (user.tokenKind === "ACCESS_TOKEN") {
    await revokeAccessTokenNow(ctx.manager, user.sessionId);
    return true;
  }
  await revokeSession(ctx.manager, user.sessionId);
  ctx.res.clearCookie(SESSION_COOKIE, { path: "/" });
  return true;
}

/** Every user with their roles: for user administrators only (user.manage). */
export async function listUsers(ctx: Context): Promise<UserType[]> {
  requireGlobalAccess(ctx, "user.manage");
  return (await usersWithRoles(ctx.manager)).map(toUserType);
}
