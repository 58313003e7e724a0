import type { Request, Response } from "express";
import type { Logger } from "pino";
import type { DataSource, EntityManager } from "typeorm";
import { SESSION_COOKIE, userFromToken, type RequestUser, type SessionTokens } from "./common/auth.js";
import type { FairShare } from "./common/fair-share.js";
import type { PersonalDataCipher } from "./common/personal-data.js";
import type { BenchmarkSettings } from "./modules/benchmark/jobindsats.client.js";
import type { OidcRelyingParty } from "./modules/oidc/oidc.client.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface ServerDeps {
  dataSource: DataSource;
  /**
   * The read replica (DATABASE_READ_URL) for the styregruppe's read-only screens, or `dataSource` itself when none is
   * configured. Its connections are read-only: see common/read-replica.ts.
   */
  readDataSource: DataSource;
  tokens: SessionTokens;
  cipher: PersonalDataCipher;
  logger: Logger;
  sessionHours: number;
  /** Minutes an account stays locked after too many wrong passwords. */
  loginLockMinutes: number;
  /** Login attempts one client (IP address) may make per minute, counted across API processes. */
  loginAttemptsPerMinute: number;
  secureCookies: boolean;
  /** Each user's budget of expensive work and cap on expensive operations in flight (common/fair-share.ts). */
  fairShare: FairShare;
  /** Single sign-on with OpenID Connect, or null when it is not configured (OIDC_ISSUER_URL unset). */
  oidc: OidcRelyingParty | null;
  /** The national benchmark's connector settings (jobindsats.dk): the URL, the token (or null) and the timeout. */
  benchmark: BenchmarkSettings;
}

/** Everything a resolver and service may use for one request (Vendure's RequestContext). */
export interface Context {
  requestId: string;
  user: RequestUser | null;
  /** The entity manager to use; a service that writes opens a transaction from it. */
  manager: EntityManager;
  /**
   * The read replica's manager, or `manager` when there is none: only for the styregruppe's read-only screens, through
   * common/read-replica.ts (onReadReplica); never for a write, a transaction or the access log.
   */
  readManager: EntityManager;
  loaders: Loaders;
  logger: Logger;
  deps: ServerDeps;
  req: Request;
  res: Response;
}

function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice("Bearer ".length).trim() || null;
  const cookie: unknown = req.cookies?.[SESSION_COOKIE];
  return typeof cookie === "string" && cookie !== "" ? cookie : null;
}

export async function buildContext(deps: ServerDeps, req: Request, res: Response): Promise<Context> {
  const requestId = String(res.locals.requestId ?? "");
  const token = bearerToken(req);
  const user = token ? await userFromToken(deps.dataSource, deps.tokens, token) : null;
  const manager = deps.dataSource.manager;
  // The request's logger is made when something logs: pino's child() serialises its bindings, a cost most
  // requests (which log nothing) need not pay.
  let logger: Logger | undefined;
  return {
    requestId,
    user,
    manager,
    readManager: deps.readDataSource.manager,
    loaders: createLoaders(manager),
    get logger() {
      return (logger ??= deps.logger.child({ requestId, userId: user?.id }));
    },
    deps,
    req,
    res,
  };
}
