import type { DataSource, EntityManager } from "typeorm";
import { retentionDays } from "./access-log.repository.js";
import {
  accessLogPartitionsEndingBy,
  deleteDefaultAccessLogBefore,
  dropAccessLogPartition,
  ensureAccessLogPartitions,
} from "./access-log-partitions.repository.js";

/** How many months ahead of the current one the maintenance keeps partitions ready. */
export const ACCESS_LOG_MONTHS_AHEAD = 3;

export interface AccessLogMaintenance {
  /** Partitions made (months ahead, or months whose rows waited in the default partition). */
  created: string[];
  /** Monthly partitions detached and dropped by retention. */
  dropped: string[];
  /** Rows removed by retention: the dropped partitions' rows and the default partition's old rows. */
  deletedRows: number;
}

/**
 * The access log's scheduled maintenance, the one entry point for the job (at start and every RETENTION_JOB_MINUTES):
 *
 * 1. Retention. With `days` the retention setting, the cutoff is `now` minus `days` days. A month's partition is
 *    detached and dropped when the whole month (UTC) ends at or before the cutoff, i.e. when every row in it is older
 *    than the retention period; so a row is kept at least the period and at most one month more. Rows in the default
 *    partition (only there when a month had no partition, see 2) are deleted one by one once older than the cutoff.
 *    Each partition is dropped in its own short transaction.
 * 2. Partitions ahead: the current month and ACCESS_LOG_MONTHS_AHEAD months after it; a month whose rows wait in the
 *    default partition gets its partition and its rows moved there. Idempotent; two processes may run it at once.
 */
export async function runAccessLogMaintenance(source: DataSource | EntityManager, now = new Date()): Promise<AccessLogMaintenance> {
  const manager: EntityManager = "manager" in source ? source.manager : source;
  const days = await retentionDays(manager);
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const dropped: string[] = [];
  let deletedRows = 0;
  for (const name of await accessLogPartitionsEndingBy(manager, cutoff)) {
    deletedRows += await manager.transaction((tx) => dropAccessLogPartition(tx, name));
    dropped.push(name);
  }
  deletedRows += await manager.transaction((tx) => deleteDefaultAccessLogBefore(tx, cutoff));
  const created = await manager.transaction((tx) => ensureAccessLogPartitions(tx, now, ACCESS_LOG_MONTHS_AHEAD));
  return { created, dropped, deletedRows };
}
