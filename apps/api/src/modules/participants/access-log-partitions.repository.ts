import type { EntityManager } from "typeorm";
import { rowsOf } from "../../common/sql.js";

/*
 * The access log's partitions (migration 1765520000000): one per calendar month in UTC, named access_log_yYYYYmMM,
 * plus access_log_default for a row whose month has no partition yet (an insert never fails). Partitions are made
 * ahead by the maintenance job; retention drops whole months. Both take SHARE UPDATE EXCLUSIVE on the parent first:
 * it conflicts with itself, not with inserts or reads, so two processes running the job at once take turns.
 */

type Sql = Pick<EntityManager, "query">;

/** The name of a month's partition; `month` is any instant in it (UTC). */
export function accessLogPartitionName(month: Date): string {
  return `access_log_y${month.getUTCFullYear()}m${String(month.getUTCMonth() + 1).padStart(2, "0")}`;
}

async function lockPartitions(tx: Sql): Promise<void> {
  await tx.query(`LOCK TABLE access_log IN SHARE UPDATE EXCLUSIVE MODE`);
}

/**
 * Makes sure the partitions of `now`'s month and the `monthsAhead` following months exist, and gives every month
 * with rows waiting in the default partition its own partition (its rows moved there). Idempotent. Call inside a
 * transaction. Returns the names of the partitions it created.
 */
export async function ensureAccessLogPartitions(tx: Sql, now: Date, monthsAhead: number): Promise<string[]> {
  await lockPartitions(tx);
  const rows: Array<{ name: string; created: boolean }> = await tx.query(
    `SELECT 'access_log_y' || to_char(m, 'YYYY') || 'm' || to_char(m, 'MM') AS name, access_log_ensure_partition(m::date) AS created
       FROM (SELECT generate_series(date_trunc('month', $1::timestamptz AT TIME ZONE 'UTC'),
                                    date_trunc('month', $1::timestamptz AT TIME ZONE 'UTC') + make_interval(months => $2), interval '1 month') AS m
             UNION SELECT date_trunc('month', at AT TIME ZONE 'UTC') FROM access_log_default) months
      ORDER BY m`,
    [now.toISOString(), monthsAhead],
  );
  return rows.filter((r) => r.created).map((r) => r.name);
}

/** The monthly partitions whose whole month ends at or before `cutoff`, oldest first. */
export async function accessLogPartitionsEndingBy(tx: Sql, cutoff: Date): Promise<string[]> {
  const rows: Array<{ name: string }> = await tx.query(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = 'public.access_log'::regclass AND c.relname ~ '^access_log_y[0-9]{4}m[0-9]{2}$'
        AND (to_date(substr(c.relname, 13, 4) || substr(c.relname, 18, 2), 'YYYYMM') + interval '1 month') AT TIME ZONE 'UTC' <= $1::timestamptz
      ORDER BY c.relname`,
    [cutoff.toISOString()],
  );
  return rows.map((r) => r.name);
}

/** Detaches and drops one monthly partition (inside the caller's transaction); how many rows it held. */
export async function dropAccessLogPartition(tx: Sql, name: string): Promise<number> {
  if (!/^access_log_y\d{4}m\d{2}$/.test(name)) throw new Error(`Not an access-log partition: ${name}`);
  await lockPartitions(tx);
  const count: Array<{ n: string }> = await tx.query(`SELECT count(*)::text AS n FROM "${name}"`);
  await tx.query(`ALTER TABLE access_log DETACH PARTITION "${name}"`);
  await tx.query(`DROP TABLE "${name}"`);
  return Number(count[0]?.n ?? 0);
}

/** Deletes the default partition's rows older than `cutoff` (stragglers whose month never got a partition); how many. */
export async function deleteDefaultAccessLogBefore(tx: Sql, cutoff: Date): Promise<number> {
  // The append-only trigger lets this transaction, and only it, delete.
  await tx.query(`SELECT set_config('overblik.retention', 'on', true)`);
  const rows = await rowsOf(tx, `DELETE FROM access_log_default WHERE at < $1::timestamptz RETURNING id`, [cutoff.toISOString()]);
  return rows.length;
}
