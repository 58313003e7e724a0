import type { EntityManager } from "typeorm";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound } from "../../common/errors.js";
import { IMPORT_LIMITS } from "../../common/import-limits.js";
import type { Context } from "../../context.js";
import { authorizeBudgetImport, previewBudgetImport } from "../budget/budget-import.service.js";
import type { BudgetImportPreviewType } from "../budget/budget-draft.types.js";
import { authorizeParticipantImport, previewParticipantImport } from "../participants/participant-import.service.js";
import type { ParticipantImportPreviewType } from "../participants/participant-import.types.js";
import { authorizePostingImport, previewPostingImport } from "../spend/posting-import.service.js";
import type { PostingImportPreviewType } from "../spend/spend.types.js";
import {
  failImportJob,
  failStaleJobs,
  finishImportJob,
  importJobOf,
  insertImportJob,
  setImportJobProgress,
  type ImportJobRecord,
} from "./import-job.repository.js";
import { IMPORT_QUEUE } from "./import-runner.js";
import { ImportJobStatusEnum, ImportKindEnum, type ImportJobType, type StartImportPreviewInput } from "./import-job.types.js";

type Preview =
  | { kind: "PARTICIPANTS"; preview: ParticipantImportPreviewType }
  | { kind: "BUDGET"; preview: BudgetImportPreviewType }
  | { kind: "POSTINGS"; preview: PostingImportPreviewType };

/**
 * The full previews stay in this process's memory, for their creator, for 15 minutes: they can quote the file
 * (texts, amounts), and the database keeps only the summary. Read from another process, the job says DONE with
 * its counts and no preview; the portal then starts it again.
 */
const PREVIEW_MINUTES = 15;
const MAX_PREVIEWS = 100;
const previews = new Map<string, Preview & { expires: number }>();
/** Jobs this process is working on: never marked stale here. */
const active = new Set<string>();

/**
 * A job not finished this long after it started belongs to a process that died: a running file is stopped
 * after maxSeconds, and a waiting one starts within IMPORT_QUEUE × maxSeconds.
 */
export const STALE_AFTER_SECONDS = (IMPORT_QUEUE + 2) * IMPORT_LIMITS.maxSeconds;
const STALE_MESSAGE = `Importen blev afbrudt, før den blev færdig (en fil skal være læst inden for ${IMPORT_LIMITS.maxSeconds} sekunder, og serveren blev genstartet undervejs). Start importen igen.`;

function phaseOf(row: Pick<ImportJobRecord, "status" | "progress">): string {
  if (row.status === "QUEUED") return "Venter på at blive læst";
  if (row.status === "RUNNING") return row.progress < 80 ? `Læser filen (${row.progress} %)` : "Kontrollerer rækkerne";
  return row.status === "DONE" ? "Færdig" : "Fejlet";
}

function toType(row: ImportJobRecord): ImportJobType {
  const kept = row.status === "DONE" ? previews.get(row.id) : undefined;
  return {
    id: row.id,
    kind: row.kind as ImportKindEnum,
    projectId: row.projectId,
    status: row.status as ImportJobStatusEnum,
    progress: row.progress,
    phase: phaseOf(row),
    errorCode: row.errorCode,
    errorMessage: row.errorMessage,
    rowCount: row.result?.rowCount ?? null,
    errorCount: row.result?.errorCount ?? null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    participants: kept?.kind === "PARTICIPANTS" ? kept.preview : null,
    budget: kept?.kind === "BUDGET" ? kept.preview : null,
    postings: kept?.kind === "POSTINGS" ? kept.preview : null,
  };
}

/** A row error's message without what it quotes from the file ("Ukendt kommune \"…\""): the database keeps no cell contents. */
const withoutQuotes = (message: string) => message.replace(/"[^"]*"/g, '"…"');

/** What the database keeps of a preview: counts and row errors by row number, never a cell's content. */
function summaryOf(p: Preview): Record<string, unknown> {
  if (p.kind === "BUDGET") {
    const errorCount = p.preview.errors.length;
    return { rowCount: p.preview.rows.length, lineCount: p.preview.lineCount, errorCount, errors: p.preview.errors.map(withoutQuotes) };
  }
  const errors = p.preview.errors.map((e) => ({ row: e.row, column: e.column, message: withoutQuotes(e.message) }));
  return { rowCount: p.preview.rowCount, newCount: p.preview.newCount, errorCount: p.preview.errorCount, errors };
}

function keep(id: string, preview: Preview): void {
  const now = Date.now();
  for (const [key, kept] of previews) if (kept.expires < now || previews.size >= MAX_PREVIEWS) previews.delete(key);
  previews.set(id, { ...preview, expires: now + PREVIEW_MINUTES * 60_000 });
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

/**
 * Progress written to the job's row at most every 10 % or 500 ms (a file reports far more often), in order.
 * `flush` waits for the last write, so DONE is never overwritten by a late progress.
 */
function progressWriter(manager: EntityManager, id: string) {
  let last = -1;
  let at = 0;
  let writing: Promise<unknown> = Promise.resolve();
  return {
    // An arrow function: the previews are handed `report` alone, detached from this object.
    report: (percent: number) => {
      const now = Date.now();
      if (percent <= last || (percent < last + 10 && now - at < 500)) return;
      last = percent;
      at = now;
      writing = writing.then(() => setImportJobProgress(manager, id, Math.min(99, percent))).catch(() => undefined);
    },
    flush: () => writing,
  };
}

async function runJob(ctx: Context, id: string, input: StartImportPreviewInput): Promise<void> {
  const progress = progressWriter(ctx.manager, id);
  try {
    const file = { fileName: input.fileName, contentBase64: input.contentBase64 };
    let preview: Preview;
    if (input.kind === ImportKindEnum.PARTICIPANTS) {
      // The same function as previewParticipantImport: CPR matches are logged here, in the main thread.
      preview = {
        kind: "PARTICIPANTS",
        preview: await previewParticipantImport(ctx, { projectId: input.projectId, ...file }, ctx.deps.cipher, progress.report),
      };
    } else if (input.kind === ImportKindEnum.BUDGET) {
      preview = {
        kind: "BUDGET",
        preview: await previewBudgetImport(ctx, { budgetId: input.budgetId ?? "", unit: input.unit ?? null, ...file }, progress.report),
      };
    } else {
      preview = { kind: "POSTINGS", preview: await previewPostingImport(ctx, { budgetId: input.budgetId ?? "", ...file }, progress.report) };
    }
    keep(id, preview);
    await progress.flush();
    await finishImportJob(ctx.manager, id, summaryOf(preview));
  } catch (error) {
    await progress.flush();
    const known = error instanceof DomainError;
    // The code and the kind only: an unexpected error's text could quote the file.
    if (!known) ctx.logger.error({ importJobId: id, kind: input.kind, error: error instanceof Error ? error.name : "unknown" }, "import job failed");
    await failImportJob(
      ctx.manager,
      id,
      known ? error.code : "INTERNAL_SERVER_ERROR",
      known ? error.message : "Filen kunne ikke læses på grund af en fejl hos os. Prøv igen, eller kontakt support.",
    )
      // The database went away under the job (the server is shutting down): the row stays RUNNING, and
      // failStaleImportJobs marks it FAILED when it is asked for after STALE_AFTER_SECONDS. Never an unhandled rejection.
      .catch(() => ctx.logger.warn({ importJobId: id }, "import job outcome not saved"));
  }
}

/** Starts reading a file as a job and answers at once; the file is read in the import worker. */
export async function startImportPreview(ctx: Context, input: StartImportPreviewInput): Promise<ImportJobType> {
  const user = requireUser(ctx);
  const projectId = await authorize(ctx, input);
  const row = await insertImportJob(ctx.manager, { kind: input.kind, projectId, createdBy: user.id });
  active.add(row.id);
  void runJob(ctx, row.id, input).finally(() => active.delete(row.id));
  return toType(row);
}

/** Marks jobs left QUEUED or RUNNING by a process that died (older than STALE_AFTER_SECONDS) as FAILED. */
export async function failStaleImportJobs(manager: EntityManager, id?: string): Promise<void> {
  if (id && active.has(id)) return;
  await failStaleJobs(manager, STALE_MESSAGE, STALE_AFTER_SECONDS, id ?? null);
}

/** A job, for the user who started it only (anyone else: NOT_FOUND, as if it did not exist). */
export async function importJob(ctx: Context, id: string): Promise<ImportJobType> {
  const user = requireUser(ctx);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound("Importen");
  await failStaleImportJobs(ctx.manager, id);
  const row = await importJobOf(ctx.manager, id, user.id);
  if (!row) throw notFound("Importen");
  return toType(row);
}
