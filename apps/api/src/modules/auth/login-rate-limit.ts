import type { Request } from "express";
import { DomainError } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { forgetQuietLoginClients, recordLoginAttempt } from "./auth.repository.js";

/** The rate limit counts login attempts per client in fixed windows of this length. */
export const LOGIN_RATE_WINDOW_SECONDS = 60;

/** The production default: a person typing never gets near it; a script guessing passwords is slowed to a crawl. */
export const DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE = 20;

/**
 * The client as Express sees it: the socket's address, or the proxy's X-Forwarded-For only where
 * `trust proxy` has been set. An IPv4 address reached over IPv6 counts as the IPv4 address.
 */
export function loginClientKey(req: Pick<Request, "ip" | "socket">): string {
  const address = req.ip ?? req.socket.remoteAddress ?? "unknown";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice("::ffff:".length) : address;
}

/**
 * Counts one login attempt for the requesting client, before any password is checked, and refuses it
 * with TOO_MANY_REQUESTS beyond the limit. The count is one statement in PostgreSQL (the row lock of the
 * upsert serialises concurrent attempts), so two API processes share it and a burst cannot slip past.
 * Every attempt counts, right or wrong: the account lockout handles guessing one user's password, this
 * handles one client trying many users.
 */
export async function countLoginAttempt(ctx: Context): Promise<void> {
  const client = loginClientKey(ctx.req);
  const limit = ctx.deps.loginAttemptsPerMinute;
  const counted = await recordLoginAttempt(ctx.manager, client, LOGIN_RATE_WINDOW_SECONDS);
  const attempts = counted?.attempts ?? 1;
  const retryAfter = counted?.retryAfter ?? LOGIN_RATE_WINDOW_SECONDS;
  if (attempts === 1) {
    // A new window for this client: clear out the windows of clients that have gone quiet, so the table
    // holds only the last few minutes' addresses.
    await forgetQuietLoginClients(ctx.manager, LOGIN_RATE_WINDOW_SECONDS * 10);
  }
  if (attempts <= limit) return;
  // The first refusal in a window is a warning; a script hammering on gets one line, not thousands.
  const entry = { client, attempts, limit, retryAfterSeconds: retryAfter };
  if (attempts === limit + 1) ctx.logger.warn(entry, "login rate limit exceeded");
  else ctx.logger.debug(entry, "login refused: rate limit");
  ctx.res.setHeader("Retry-After", String(retryAfter));
  throw new DomainError(
    "TOO_MANY_REQUESTS",
    `For mange loginforsøg fra denne klient. Prøv igen om ${retryAfter} ${retryAfter === 1 ? "sekund" : "sekunder"}.`,
    {
      retryAfterSeconds: retryAfter,
    },
  );
}
