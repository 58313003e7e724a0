import type { JobKind } from "@overblik/db";
import type { ServerDeps } from "../../context.js";
import { runDashboardExportJob } from "../export/export-job.handler.js";
import { runImportJob } from "../imports/import-job.handler.js";
import { runAccessLogMaintenance } from "../participants/access-log-maintenance.service.js";
import type { JobRun } from "./job-run.js";
import { JobWorker, type JobHandler } from "./job-worker.js";
import type { JobSettings } from "./job-settings.js";

/**
 * The access log's maintenance as a job, created on a schedule one at a time: the months ahead get their partitions,
 * and months wholly older than the retention period are dropped. It runs its own transactions and is idempotent (a
 * second run creates and drops nothing the first did not), so a taken-over run cannot delete twice.
 */
async function runRetentionJob(run: JobRun): Promise<void> {
  const { created, dropped, deletedRows } = await runAccessLogMaintenance(run.deps.dataSource);
  await run.complete(run.deps.dataSource.manager, { result: { created, dropped, deleted: deletedRows } });
}

export const JOB_HANDLERS: Record<JobKind, JobHandler> = {
  IMPORT_PARTICIPANTS: runImportJob,
  IMPORT_BUDGET: runImportJob,
  IMPORT_POSTINGS: runImportJob,
  ACCESS_LOG_RETENTION: runRetentionJob,
  EXPORT_DASHBOARD: runDashboardExportJob,
};

/** A worker with every kind's handler, started; null when disabled. */
export function startJobWorker(deps: ServerDeps, settings: JobSettings = {}): JobWorker | null {
  if (settings.enabled === false) return null;
  const worker = new JobWorker(deps, {
    handlers: JOB_HANDLERS,
    leaseMs: settings.leaseMs ?? 30_000,
    pollMs: settings.pollMs ?? 1000,
    schedules: settings.retentionMinutes ? [{ kind: "ACCESS_LOG_RETENTION", everySeconds: settings.retentionMinutes * 60 }] : [],
    testPauseMs: settings.testPauseMs,
  });
  worker.start();
  return worker;
}
