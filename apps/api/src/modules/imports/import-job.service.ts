import type { JobKind } from "@overblik/db";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { authorizeBudgetImport } from "../budget/budget-import.service.js";
import { insertJob, jobOf, type JobRecord } from "../jobs/job.repository.js";
import { outputJson } from "../jobs/job-run.js";
import { jobQueued } from "../jobs/wake.js";
import { authorizeParticipantImport } from "../participants/participant-import.service.js";
import { authorizePostingImport } from "../spend/posting-import.service.js";
import {
  ImportJobStatusEnum,
  ImportKindEnum,
  type ImportJobType,
  type ImportPayload,
  type Preview,
  type StartImportInput,
  type StartImportPreviewInput,
} from "./import-job.types.js";

/*
 * Import files as jobs (modules/jobs): any process's worker reads them (and, from startImport, writes them). The file
 * and the full preview are kept encrypted in the job row (they quote names and CPR numbers); the preview is shown for
 * 15 minutes after it is done, the file is dropped when the job ends.
 */

const PREVIEW_MINUTES = 15;
export const IMPORT_JOB_KINDS: readonly JobKind[] = ["IMPORT_PARTICIPANTS", "IMPORT_BUDGET", "IMPORT_POSTINGS"];

function phaseOf(row: Pick<JobRecord, "status" | "progress" | "payload">): string {
  if (row.status === "QUEUED") return "Venter på at blive læst";
  if (row.status === "RUNNING") {
    if (row.payload?.apply === true) return row.progress < 90 ? "Læser filen" : "Skriver rækkerne";
    return row.progress < 80 ? `Læser filen (${row.progress} %)` : "Kontrollerer rækkerne";
  }
  return row.status === "DONE" ? "Færdig" : "Fejlet";
}

function keptPreview(ctx: Context, row: JobRecord): Preview | null {
  if (row.status !== "DONE" || !row.output || !row.finishedAt || Date.now() - row.finishedAt.getTime() > PREVIEW_MINUTES * 60_000) return null;
  return outputJson.parse<Preview>(ctx.deps.cipher.decrypt(row.output));
}

function toType(ctx: Context, row: JobRecord): ImportJobType {
  const kept = keptPreview(ctx, row);
  const result = row.result as { rowCount?: number; errorCount?: number; addedCount?: number | null } | null;
  return {
    id: row.id,
    kind: row.kind.slice("IMPORT_".length) as ImportKindEnum,
    projectId: row.projectId ?? "",
    status: row.status as ImportJobStatusEnum,
    progress: row.progress,
    phase: phaseOf(row),
    errorCode: row.errorCode,
    errorMessage: row.errorMessage,
    rowCount: result?.rowCount ?? null,
    errorCount: result?.errorCount ?? null,
    addedCount: result?.addedCount ?? null,
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    participants: kept?.kind === "PARTICIPANTS" ? kept.preview : null,
    budget: kept?.kind === "BUDGET" ? kept.preview : null,
    postings: kept?.kind === "POSTINGS" ? kept.preview : null,
  };
}

/** The project the file is for, after exactly the checks of that kind's own preview mutation. */
async function authorize(ctx: Context, input: StartImportPreviewInput): Promise<string> {
  if (input.kind === ImportKindEnum.PARTICIPANTS) return (await authorizeParticipantImport(ctx, input.projectId)).id;
  if (!input.budgetId) throw new DomainError("BAD_USER_INPUT", "Vælg budgettet, filen skal importeres til.");
  const budget =
    input.kind === ImportKindEnum.BUDGET
      ? await authorizeBudgetImport(ctx, ctx.manager, input.budgetId)
      : await authorizePostingImport(ctx, ctx.manager, input.budgetId);
  if (budget.projectId !== input.projectId) throw notFound("Budgettet");
  return budget.projectId;
}

async function queue(ctx: Context, input: StartImportPreviewInput, payload: ImportPayload): Promise<ImportJobType> {
  const user = requireUser(ctx);
  const projectId = await authorize(ctx, input);
  const file = ctx.deps.cipher.encrypt(JSON.stringify({ fileName: input.fileName, contentBase64: input.contentBase64 }));
  const row = await insertJob(ctx.manager, { kind: `IMPORT_${input.kind}`, projectId, createdBy: user.id, payload: { ...payload }, input: file });
  jobQueued();
  return toType(ctx, row);
}

/** Queues reading a file (a preview; writes nothing but the job) and answers at once. */
export function startImportPreview(ctx: Context, input: StartImportPreviewInput): Promise<ImportJobType> {
  return queue(ctx, input, { budgetId: input.budgetId ?? null, unit: input.unit ?? null, apply: false });
}

/** Queues importing a file (read and written all or nothing, by the kind's own import service) and answers at once. */
export function startImport(ctx: Context, input: StartImportInput): Promise<ImportJobType> {
  return queue(ctx, input, { budgetId: input.budgetId ?? null, unit: input.unit ?? null, apply: true, expectedVersion: input.expectedVersion ?? null });
}

/** A job, for the user who started it only (anyone else: NOT_FOUND, as if it did not exist). */
export async function importJob(ctx: Context, id: string): Promise<ImportJobType> {
  const user = requireUser(ctx);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound("Importen");
  const row = await jobOf(ctx.manager, id, user.id, IMPORT_JOB_KINDS);
  if (!row) throw notFound("Importen");
  return toType(ctx, row);
}
