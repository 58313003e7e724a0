import { SignJWT } from "jose";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { Kind, type GraphQLResolveInfo } from "graphql";
import type { AuthChecker } from "type-graphql";
import type { DataSource } from "typeorm";
import { DomainError, unauthenticated } from "./errors.js";
import { withMunicipalScope } from "./municipality-scope.js";
import { accessTokenUser, sessionUser, touchAccessToken } from "./repository/session.js";
import { requireUser, toProjectRoles, type HasUser, type RequestUser } from "./request-user.js";

export { requireUser, toProjectRoles, type RequestUser };

export const SESSION_COOKIE = "overblik_session";

/** A token whose signature and header have been checked: what it says, with its time limits. */
interface VerifiedToken {
  sessionId: string;
  userId: string;
  exp: number;
  nbf: number | undefined;
}

/** Verified tokens kept per process (a few hundred bytes each); the oldest go first when it is full. */
const VERIFIED_TOKENS_KEPT = 5000;

export class SessionTokens {
  private readonly key: Uint8Array;
  /**
   * Tokens whose signature this process has already checked. The signature is a pure function of the token
   * and the secret, so it need not be recomputed for every request; the clock (`exp`, `nbf`) is checked every
   * time, and whether the session is still valid is always asked of the database (userFromToken). A forged
   * or malformed token is never kept.
   */
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(sessionId: string, userId: string, expiresAt: Date): Promise<string> {
    return new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setIssuer("overblik")
      .sign(this.key);
  }

  /**
   * The session id a valid token names, or null for a missing, forged or expired token. Checked with
   * node:crypto's HMAC in this thread: jose's WebCrypto verification queues every request to the thread pool,
   * which cost more than the rest of a simple query (see npm run bench). The rules are jose's for HS256:
   * exactly three base64url parts, a header saying HS256 and nothing to interpret (no `crit`), the signature
   * compared in constant time, then the issuer and `exp` (and `nbf` if present) against the clock.
   */
  async verify(token: string): Promise<{ sessionId: string; userId: string } | null> {
    return this.verifySync(token);
  }

  verifySync(token: string, nowSeconds = Math.floor(Date.now() / 1000)): { sessionId: string; userId: string } | null {
    const known = this.verified.get(token) ?? this.checkSignature(token);
    if (!known) return null;
    if (known.exp <= nowSeconds || (known.nbf !== undefined && known.nbf > nowSeconds)) return null;
    return { sessionId: known.sessionId, userId: known.userId };
  }

  /** Signature, header and claims' types checked once; the result kept in `verified`. */
  private checkSignature(token: string): VerifiedToken | null {
    const parts = token.split(".");
    if (parts.length !== 3) return null;
    const [header, payload, signature] = parts as [string, string, string];
    if (!BASE64URL.test(header) || !BASE64URL.test(payload) || !BASE64URL.test(signature)) return null;
    const expected = createHmac("sha256", this.key).update(`${header}.${payload}`).digest();
    const given = Buffer.from(signature, "base64url");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const h = parseJson(header);
    if (!h || h.alg !== "HS256" || "crit" in h || "b64" in h) return null;
    const claims = parseJson(payload);
    if (!claims || claims.iss !== "overblik") return null;
    if (typeof claims.exp !== "number") return null;
    if (claims.nbf !== undefined && typeof claims.nbf !== "number") return null;
    if (typeof claims.sid !== "string" || typeof claims.sub !== "string") return null;
    const checked: VerifiedToken = { sessionId: claims.sid, userId: claims.sub, exp: claims.exp, nbf: claims.nbf };
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, checked);
    return checked;
  }
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function parseJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export const ACCESS_TOKEN_PREFIX = "ovb_";

export function hashAccessToken(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

/** A personal access token: looked up by its hash; it carries its owner's current roles, never more. */
async function userFromAccessToken(dataSource: DataSource, token: string): Promise<RequestUser | null> {
  const found = await accessTokenUser(dataSource.manager, hashAccessToken(token));
  if (!found) return null;
  await touchAccessToken(dataSource.manager, found.tokenId);
  return withMunicipalScope(dataSource.manager, {
    id: found.userId,
    email: found.email,
    name: found.name,
    sessionId: found.tokenId,
    tokenKind: "ACCESS_TOKEN",
    globalRoles: found.globalRoles,
    projectRoles: found.projectRoles,
    passwordChangeRequired: found.passwordChangeRequired,
  });
}

/**
 * Resolves a token to its user in one statement: the session must exist, be unrevoked and unexpired,
 * and the user active. Works in any API process: nothing about sessions is kept in memory.
 */
export async function userFromToken(dataSource: DataSource, tokens: SessionTokens, token: string): Promise<RequestUser | null> {
  if (token.startsWith(ACCESS_TOKEN_PREFIX)) return userFromAccessToken(dataSource, token);
  const claims = await tokens.verify(token);
  if (!claims) return null;
  const found = await sessionUser(dataSource.manager, claims.sessionId, claims.userId);
  if (!found) return null;
  return withMunicipalScope(dataSource.manager, {
    id: found.userId,
    email: found.email,
    name: found.name,
    sessionId: claims.sessionId,
    tokenKind: "SESSION",
    globalRoles: found.globalRoles,
    projectRoles: found.projectRoles,
    passwordChangeRequired: found.passwordChangeRequired,
  });
}

/** The operations a user on a one-time password may still use (login needs no user and is always open). */
const OPEN_DURING_PASSWORD_CHANGE: ReadonlySet<string> = new Set(["me", "changePassword", "logout", "login"]);

export const passwordChangeRequired = () =>
  new DomainError("FORBIDDEN", "Vælg din egen adgangskode, før du fortsætter.", undefined, "PASSWORD_CHANGE_REQUIRED");

/** The real name of the operation's root field a resolver runs under (its path starts with the alias). */
function rootFieldName(info: GraphQLResolveInfo): string {
  let path = info.path;
  while (path.prev) path = path.prev;
  const key = String(path.key);
  for (const selection of info.operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD && (selection.alias?.value ?? selection.name.value) === key) return selection.name.value;
  }
  // A root field reached through a fragment: refuse unless it is plainly one of the open ones.
  return key;
}

/**
 * Under an open operation only the user's own fields answer (who they are and their memberships' project names):
 * `me { memberships { project { budgets … } } }` does not reach the projects' data.
 */
const OPEN_PARENT_TYPES: ReadonlySet<string> = new Set(["Query", "Mutation", "User", "ProjectMembership", "LoginPayload"]);

function openDuringPasswordChange(info: GraphQLResolveInfo): boolean {
  return OPEN_DURING_PASSWORD_CHANGE.has(rootFieldName(info)) && OPEN_PARENT_TYPES.has(info.parentType.name);
}

/**
 * type-graphql's login check: `@Authorized()` (through `@Allow(permission)`) needs a logged-in user. What the user may
 * do is a permission checked in the service for the record's project (common/access.ts); no role is named here.
 * A user still on a one-time password gets nothing but `me`, `changePassword` and `logout` (and what those
 * return): the one place that rule is kept.
 */
export const authChecker: AuthChecker<HasUser> = ({ context, info }, roles) => {
  // A role list here would be a second, unchecked table: refuse it (fail closed) so it is replaced by @Allow(permission).
  if (roles.length > 0) throw new Error(`@Authorized(${roles.join(", ")}) on ${info.parentType.name}.${info.fieldName}: declare @Allow(permission) instead`);
  const user = context.user;
  if (!user) throw unauthenticated();
  if (user.passwordChangeRequired && !openDuringPasswordChange(info)) throw passwordChangeRequired();
  return true;
};

/** For routes outside GraphQL (file exports): a logged-in user who has chosen their own password. */
export function requireSettledUser(ctx: HasUser): RequestUser {
  const user = requireUser(ctx);
  if (user.passwordChangeRequired) throw passwordChangeRequired();
  return user;
}

export { DomainError };
