import type { ImportJobKind, ImportJobStatus } from "@overblik/db";
import type { EntityManager } from "typeorm";

/*
 * The import jobs' rows: a job's creation, its progress and outcome, the jobs a dead process left behind, and
 * the read of one job for its creator. The full preview never reaches the database (import-job.service.ts says why).
 */

/** A job as its row stores it. */
export interface ImportJobRecord {
  id: string;
  kind: ImportJobKind;
  projectId: string;
  status: ImportJobStatus;
  progress: number;
  result: { rowCount?: number; errorCount?: number } | null;
  errorCode: string | null;
  errorMessage: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

interface JobRow {
  id: string;
  kind: ImportJobKind;
  project_id: string;
  status: ImportJobStatus;
  progress: number;
  result: { rowCount?: number; errorCount?: number } | null;
  error_code: string | null;
  error_message: string | null;
  created_at: Date;
  finished_at: Date | null;
}

function toRecord(row: JobRow): ImportJobRecord {
  return {
    id: row.id,
    kind: row.kind,
    projectId: row.project_id,
    status: row.status,
    progress: row.progress,
    result: row.result,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/** A new QUEUED job. */
export async function insertImportJob(manager: EntityManager, job: { kind: string; projectId: string; createdBy: string }): Promise<ImportJobRecord> {
  const rows: JobRow[] = await manager.query(`INSERT INTO import_job (kind, project_id, created_by) VALUES ($1, $2, $3) RETURNING *`, [
    job.kind,
    job.projectId,
    job.createdBy,
  ]);
  const row = rows[0];
  if (!row) throw new Error("import_job insert returned no row");
  return toRecord(row);
}

/** The job's progress while it runs; a job already finished (or failed as stale) keeps its outcome. */
export async function setImportJobProgress(manager: EntityManager, id: string, percent: number): Promise<void> {
  await manager.query(`UPDATE import_job SET status = 'RUNNING', progress = $2 WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')`, [id, percent]);
}

/** The job is done: its summary (counts and row errors, never a cell's content) as the result. */
export async function finishImportJob(manager: EntityManager, id: string, summary: Record<string, unknown>): Promise<void> {
  await manager.query(`UPDATE import_job SET status = 'DONE', progress = 100, result = $2, finished_at = now() WHERE id = $1`, [id, JSON.stringify(summary)]);
}

/** The job failed, with the code and the Danish message the user sees. */
export async function failImportJob(manager: EntityManager, id: string, errorCode: string, errorMessage: string): Promise<void> {
  await manager.query(`UPDATE import_job SET status = 'FAILED', error_code = $2, error_message = $3, finished_at = now() WHERE id = $1`, [
    id,
    errorCode,
    errorMessage,
  ]);
}

/** Marks QUEUED or RUNNING jobs created more than `staleAfterSeconds` ago (only job `id`, if given) FAILED with TIMEOUT. */
export async function failStaleJobs(manager: Pick<EntityManager, "query">, message: string, staleAfterSeconds: number, id: string | null): Promise<void> {
  await manager.query(
    `UPDATE import_job SET status = 'FAILED', error_code = 'TIMEOUT', error_message = $1, finished_at = now()
      WHERE status IN ('QUEUED', 'RUNNING') AND created_at < now() - make_interval(secs => $2) AND ($3::uuid IS NULL OR id = $3)`,
    [message, staleAfterSeconds, id],
  );
}

/** The job if `userId` created it, else null. */
export async function importJobOf(manager: EntityManager, id: string, userId: string): Promise<ImportJobRecord | null> {
  const rows: JobRow[] = await manager.query(`SELECT * FROM import_job WHERE id = $1 AND created_by = $2`, [id, userId]);
  return rows[0] ? toRecord(rows[0]) : null;
}
