import type { JobKind, JobStatus } from "@overblik/db";
import type { EntityManager } from "typeorm";
import { rowsOf } from "../../common/sql.js";

/*
 * The job table's statements (modules/jobs/job-worker.ts says how they fit together). Every change a worker makes
 * to a job it runs is guarded by `locked_by = <worker>`: a worker whose lease ran out and was taken over changes
 * nothing, and `completeJob` inside the job's own transaction turns its whole effect into a no-op (rollback).
 */

type Query = Pick<EntityManager, "query">;

/** A job as its row stores it (the encrypted `input` only where the worker needs it). */
export interface JobRecord {
  id: string;
  kind: JobKind;
  projectId: string | null;
  createdBy: string | null;
  status: JobStatus;
  progress: number;
  payload: Record<string, unknown> | null;
  input: Buffer | null;
  output: Buffer | null;
  result: Record<string, unknown> | null;
  errorCode: string | null;
  errorMessage: string | null;
  attempts: number;
  lockedBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

interface JobRow {
  id: string;
  kind: JobKind;
  project_id: string | null;
  created_by: string | null;
  status: JobStatus;
  progress: number;
  payload: Record<string, unknown> | null;
  input?: Buffer | null;
  output?: Buffer | null;
  result: Record<string, unknown> | null;
  error_code: string | null;
  error_message: string | null;
  attempts: number;
  locked_by: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const toRecord = (row: JobRow): JobRecord => ({
  id: row.id,
  kind: row.kind,
  projectId: row.project_id,
  createdBy: row.created_by,
  status: row.status,
  progress: row.progress,
  payload: row.payload,
  input: row.input ?? null,
  output: row.output ?? null,
  result: row.result,
  errorCode: row.error_code,
  errorMessage: row.error_message,
  attempts: row.attempts,
  lockedBy: row.locked_by,
  createdAt: row.created_at,
  finishedAt: row.finished_at,
});

/** Every column but the file: what a read of a job returns. */
const COLUMNS = `id, kind, project_id, created_by, status, progress, payload, output, result, error_code, error_message, attempts, locked_by, created_at, finished_at`;

/** A new QUEUED job. */
export async function insertJob(
  manager: Query,
  job: { kind: JobKind; projectId: string | null; createdBy: string | null; payload: Record<string, unknown>; input: Buffer | null },
): Promise<JobRecord> {
  const rows: JobRow[] = await manager.query(
    `INSERT INTO job (kind, project_id, created_by, payload, input) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [job.kind, job.projectId, job.createdBy, JSON.stringify(job.payload), job.input],
  );
  const row = rows[0];
  if (!row) throw new Error("job insert returned no row");
  return toRecord(row);
}

/** Which jobs a worker may take: waiting ones, and running ones whose worker's lease ran out, while attempts remain. */
const TAKEABLE = `(status = 'QUEUED' OR (status = 'RUNNING' AND locked_until < now())) AND attempts < max_attempts`;

/**
 * Takes the oldest takeable job for `workerId` for `leaseMs`, or none. SKIP LOCKED: two workers never wait for, nor
 * take, the same row; the outer WHERE repeats the condition, so a row finished while this statement waited is left.
 */
export async function claimJob(manager: Query, workerId: string, leaseMs: number): Promise<JobRecord | null> {
  const rows = await rowsOf<JobRow>(
    manager,
    `UPDATE job SET status = 'RUNNING', locked_by = $1, locked_until = now() + make_interval(secs => $2), heartbeat_at = now(),
            attempts = attempts + 1, started_at = COALESCE(started_at, now()), version = version + 1
      WHERE id = (SELECT id FROM job WHERE ${TAKEABLE} ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1) AND ${TAKEABLE}
      RETURNING ${COLUMNS}, input`,
    [workerId, leaseMs / 1000],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

/** The worker's heartbeat: its lease renewed; false if the job is no longer its own. */
export async function renewLease(manager: Query, id: string, workerId: string, leaseMs: number): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(
    manager,
    `UPDATE job SET locked_until = now() + make_interval(secs => $3), heartbeat_at = now()
      WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING id`,
    [id, workerId, leaseMs / 1000],
  );
  return rows.length > 0;
}

/** The job's progress, while it is still this worker's. */
export async function setJobProgress(manager: Query, id: string, workerId: string, percent: number): Promise<void> {
  await manager.query(`UPDATE job SET progress = $3 WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING'`, [id, workerId, percent]);
}

/** DONE, with its summary and (encrypted) output; false if the job is no longer this worker's: the caller rolls back. */
export async function completeJob(
  manager: Query,
  id: string,
  workerId: string,
  done: { result: Record<string, unknown> | null; output: Buffer | null },
): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(
    manager,
    `UPDATE job SET status = 'DONE', progress = 100, result = $3, output = $4, input = NULL, singleton_key = NULL, locked_until = NULL,
            finished_at = now(), version = version + 1
      WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING id`,
    [id, workerId, done.result ? JSON.stringify(done.result) : null, done.output],
  );
  return rows.length > 0;
}

/** FAILED with a code and the Danish message the user sees (never the file's text), if still this worker's. */
export async function failJob(manager: Query, id: string, workerId: string, errorCode: string, errorMessage: string): Promise<void> {
  await manager.query(
    `UPDATE job SET status = 'FAILED', error_code = $3, error_message = $4, input = NULL, singleton_key = NULL, locked_until = NULL,
            finished_at = now(), version = version + 1
      WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING'`,
    [id, workerId, errorCode, errorMessage],
  );
}

/** Jobs whose every attempt's worker died (the lease ran out max_attempts times): FAILED with WORKER_LOST. */
export async function failAbandonedJobs(manager: Query, message: string): Promise<void> {
  await manager.query(
    `UPDATE job SET status = 'FAILED', error_code = 'WORKER_LOST', error_message = $1, input = NULL, singleton_key = NULL, finished_at = now(),
            version = version + 1
      WHERE status = 'RUNNING' AND locked_until < now() AND attempts >= max_attempts`,
    [message],
  );
}

/**
 * A scheduled job of `kind`, unless one is waiting or running (uq_job_singleton) or one was created in the last
 * `everySeconds`: however many processes ask, one at a time and once per period.
 */
export async function scheduleJob(manager: Query, kind: JobKind, everySeconds: number): Promise<void> {
  await manager.query(
    `INSERT INTO job (kind, singleton_key, payload)
     SELECT $1, $1, '{}'::jsonb WHERE NOT EXISTS (SELECT 1 FROM job WHERE kind = $1 AND created_at > now() - make_interval(secs => $2))
     ON CONFLICT (singleton_key) DO NOTHING`,
    [kind, everySeconds],
  );
}

/** Finished jobs' outputs after `outputHours`, and their rows after `keepDays`: the table stays small. */
export async function pruneJobs(manager: Query, outputHours: number, keepDays: number): Promise<void> {
  await manager.query(`UPDATE job SET output = NULL WHERE output IS NOT NULL AND finished_at < now() - make_interval(hours => $1)`, [outputHours]);
  await manager.query(`DELETE FROM job WHERE finished_at < now() - make_interval(days => $1)`, [keepDays]);
}

/** The job if `userId` created it and it is one of `kinds`, else null. */
export async function jobOf(manager: Query, id: string, userId: string, kinds: readonly JobKind[]): Promise<JobRecord | null> {
  const rows: JobRow[] = await manager.query(`SELECT ${COLUMNS} FROM job WHERE id = $1 AND created_by = $2 AND kind = ANY($3)`, [id, userId, kinds]);
  return rows[0] ? toRecord(rows[0]) : null;
}
