import type { EntityManager } from "typeorm";
import { DomainError } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { clearFailedLogins, countFailedLogin, forgetOldFailedLogins } from "./auth.repository.js";
import { loginClientKey } from "./login-rate-limit.js";

/**
 * The account lockout (a DPA requirement: a password cannot be guessed at leisure).
 *
 * After MAX_FAILED_LOGINS wrong passwords within 24 hours from ONE client address, that address may not log in
 * to that account for `loginLockMinutes` (LOGIN_LOCK_MINUTES). The count is per (account, client address), not
 * per account: an account-wide lock let anyone who knew an e-mail address lock its owner out with five requests,
 * again every half hour, indefinitely. Per address, the attacker locks only themselves out; the owner on their
 * own network logs in as usual. What it costs: a guesser with many addresses gets MAX_FAILED_LOGINS guesses per
 * address per lock period (the per-client rate limit and argon2id's cost still apply to each address); a shared
 * address (a municipality's NAT) shares its lock. We chose that over an exponential back-off per account,
 * which an attacker can also drive up for the owner.
 *
 * The race (issue #14): the lock is never read before the password is checked. A wrong password is counted and
 * the lock set in ONE statement (the row lock of the upsert serialises concurrent attempts, across API
 * processes), and a right password is accepted only by deleting this client's row in the same transaction as
 * the session insert, refusing (and rolling back) when that row holds a lock. So of any number of concurrent
 * attempts at most MAX_FAILED_LOGINS are judged before the lock, and none gets in after it.
 *
 * Every refusal (unknown e-mail, wrong password, locked) gives the same answer: see `loginRefused`.
 */
export const MAX_FAILED_LOGINS = 5;

/** The one answer to every refused login: it does not tell whether the e-mail exists or the account is locked. */
export function loginRefused(lockMinutes: number): DomainError {
  const period = `${lockMinutes} ${lockMinutes === 1 ? "minut" : "minutter"}`;
  return new DomainError(
    "UNAUTHENTICATED",
    `Forkert e-mail eller adgangskode, eller kontoen er midlertidigt låst fra denne netværksadresse efter ${MAX_FAILED_LOGINS} forkerte forsøg. ` +
      `Tjek e-mail og adgangskode, eller vent ${period} og prøv igen.`,
  );
}

/**
 * Counts a wrong password for (account, client) and locks at the limit, in one statement. A count that has
 * passed its lock or its 24 hours starts again at 1; attempts during a lock are counted past the limit (the
 * lock is not extended: it only keeps out the client that made it).
 */
export async function registerFailedLogin(ctx: Context, userId: string): Promise<void> {
  const client = loginClientKey(ctx.req);
  const counted = await countFailedLogin(ctx.manager, userId, client, MAX_FAILED_LOGINS, ctx.deps.loginLockMinutes);
  const failed = counted?.failedLogins ?? 1;
  if (failed === 1) await forgetOldFailedLogins(ctx.manager);
  if (failed > MAX_FAILED_LOGINS) {
    ctx.logger.debug({ userId, failed }, "login refused: locked");
    return;
  }
  ctx.logger.info({ userId, failed }, "login failed: wrong password");
  // The client address is logged with the lock only: it is what the lock applies to, and what an incident needs.
  if (failed === MAX_FAILED_LOGINS) ctx.logger.warn({ userId, client, lockedUntil: counted?.lockedUntil }, "login lockout");
}

/**
 * Called with the right password, inside the transaction that creates the session: removes this client's count
 * and returns false (the caller refuses and rolls back) when it holds a lock. The DELETE waits for a concurrent
 * failure's upsert and sees its result, so a lock set a moment ago is never missed.
 */
export async function acceptLogin(tx: EntityManager, ctx: Context, userId: string): Promise<boolean> {
  const { locked } = await clearFailedLogins(tx, userId, loginClientKey(ctx.req));
  if (locked) {
    ctx.logger.debug({ userId }, "login refused: locked");
    return false;
  }
  return true;
}
