import type { EntityManager } from "typeorm";
import { rowsOf } from "../sql.js";

/** A user's count in the current fair-share window after adding a cost (common/fair-share.ts). */
export interface RequestBudget {
  /** The window's cost so far, this one included (capped at the given maximum). */
  cost: number;
  /** Seconds until the window ends (at least 1). */
  retryAfter: number;
  /** Whether this cost started a new window. */
  fresh: boolean;
}

/**
 * Adds the cost to the user's window in one upsert: its row lock serialises concurrent requests in any process, so
 * a burst cannot slip past. A window that has passed starts again with this cost; a refused cost does not move the
 * window's end.
 */
export async function spendRequestBudget(
  manager: Pick<EntityManager, "query">,
  userId: string,
  cost: number,
  windowSeconds: number,
  maxCount: number,
): Promise<RequestBudget | undefined> {
  const rows = await rowsOf<{ cost: number; retry_after: number; fresh: boolean }>(
    manager,
    `INSERT INTO request_budget AS b (user_id, window_start, cost) VALUES ($1, now(), $2)
       ON CONFLICT (user_id) DO UPDATE SET
         cost = CASE WHEN b.window_start <= now() - make_interval(secs => $3) THEN $2 ELSE least(b.cost + $2, $4) END,
         window_start = CASE WHEN b.window_start <= now() - make_interval(secs => $3) THEN now() ELSE b.window_start END
       RETURNING b.cost, b.window_start = now() AS fresh,
         greatest(1, ceil(extract(epoch FROM b.window_start + make_interval(secs => $3) - now())))::int AS retry_after`,
    [userId, cost, windowSeconds, maxCount],
  );
  const row = rows[0];
  return row ? { cost: row.cost, retryAfter: row.retry_after, fresh: row.fresh } : undefined;
}

/** Removes the windows of users who have gone quiet (a cheap indexed delete). */
export async function forgetQuietRequestBudgets(manager: Pick<EntityManager, "query">, olderThanSeconds: number): Promise<void> {
  await manager.query(`DELETE FROM request_budget WHERE window_start < now() - make_interval(secs => $1)`, [olderThanSeconds]);
}
