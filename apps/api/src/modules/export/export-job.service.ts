import type { JobKind } from "@overblik/db";
import { requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { insertJob, jobOf, type JobRecord } from "../jobs/job.repository.js";
import { jobQueued } from "../jobs/wake.js";
import type { ImportJobStatusEnum } from "../imports/import-job.types.js";
import type { ExportJobType, StartDashboardExportInput } from "./export-job.types.js";

/*
 * The styregruppe's dashboard workbook as a job (issue #20): the export users wait longest for (every figure of the
 * project as of a date). Any process's worker builds it; the workbook is kept encrypted in the job for a day and
 * downloaded by its creator from /export/jobs/<id>.xlsx. The synchronous route stays for small projects and scripts.
 */

export const EXPORT_JOB_KINDS: readonly JobKind[] = ["EXPORT_DASHBOARD"];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function phaseOf(row: JobRecord): string {
  if (row.status === "QUEUED") return "Venter på en ledig arbejder";
  if (row.status === "RUNNING") return row.progress < 60 ? "Beregner tallene" : "Skriver regnearket";
  return row.status === "DONE" ? "Færdig" : "Fejlet";
}

export function exportJobDownloadPath(id: string): string {
  return `/export/jobs/${id}.xlsx`;
}

function toType(row: JobRecord): ExportJobType {
  const ready = row.status === "DONE" && row.output !== null;
  const fileName = typeof row.result?.fileName === "string" ? row.result.fileName : null;
  return {
    id: row.id,
    projectId: row.projectId ?? "",
    status: row.status as ImportJobStatusEnum,
    progress: row.progress,
    phase: phaseOf(row),
    errorCode: row.errorCode,
    errorMessage: row.errorMessage,
    fileName: ready ? fileName : null,
    downloadUrl: ready ? exportJobDownloadPath(row.id) : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** Queues the dashboard workbook, after the dashboard's own read check, and answers at once. */
export async function startDashboardExport(ctx: Context, input: StartDashboardExportInput): Promise<ExportJobType> {
  const user = requireUser(ctx);
  // The dashboard's own read check (a closed project's dashboard stays exportable), again in the job as its creator.
  requireReadAccess(ctx, "steering.read", input.projectId);
  const row = await insertJob(ctx.manager, {
    kind: "EXPORT_DASHBOARD",
    projectId: input.projectId,
    createdBy: user.id,
    payload: { asOf: input.asOf ?? null },
    input: null,
  });
  jobQueued();
  return toType(row);
}

/** The job's row for its creator, or NOT_FOUND (anyone else, or no such job). */
export async function ownExportJob(ctx: Context, id: string): Promise<JobRecord> {
  const user = requireUser(ctx);
  const row = UUID.test(id) ? await jobOf(ctx.manager, id, user.id, EXPORT_JOB_KINDS) : null;
  if (!row) throw notFound("Eksporten");
  return row;
}

export async function exportJob(ctx: Context, id: string): Promise<ExportJobType> {
  return toType(await ownExportJob(ctx, id));
}
