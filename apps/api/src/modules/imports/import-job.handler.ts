import type { JobKind } from "@overblik/db";
import { setTimeout as sleep } from "node:timers/promises";
import { DomainError } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { createLoaders } from "../../loaders.js";
import { importBudget, previewBudgetImport } from "../budget/budget-import.service.js";
import { jobContext } from "../jobs/job-context.js";
import { guardedManager, outputJson, type JobRun } from "../jobs/job-run.js";
import { importParticipants, previewParticipantImport } from "../participants/participant-import.service.js";
import { importPostings, previewPostingImport } from "../spend/posting-import.service.js";
import type { ImportFile, ImportPayload, Preview } from "./import-job.types.js";

/** A row error's message without what it quotes from the file ("Ukendt kommune \"…\""): the database keeps no cell contents. */
const withoutQuotes = (message: string) => message.replace(/"[^"]*"/g, '"…"');

/** What the job's `result` keeps of a preview: counts and row errors by row number, never a cell's content. */
function summaryOf(p: Preview): Record<string, unknown> {
  if (p.kind === "BUDGET") {
    const errorCount = p.preview.errors.length;
    return { rowCount: p.preview.rows.length, lineCount: p.preview.lineCount, errorCount, errors: p.preview.errors.map(withoutQuotes) };
  }
  const errors = p.preview.errors.map((e) => ({ row: e.row, column: e.column, message: withoutQuotes(e.message) }));
  return { rowCount: p.preview.rowCount, newCount: p.preview.newCount, errorCount: p.preview.errorCount, errors };
}

/** Reads the file as the preview mutation would (progress 0–99 %); DONE with the summary and the encrypted preview. */
async function preview(run: JobRun, ctx: Context, kind: JobKind, payload: ImportPayload, file: ImportFile): Promise<void> {
  const projectId = run.job.projectId ?? "";
  let read: Preview;
  if (kind === "IMPORT_PARTICIPANTS") {
    // The same function as previewParticipantImport: CPR matches are logged by it, as by the mutation.
    read = { kind: "PARTICIPANTS", preview: await previewParticipantImport(ctx, { projectId, ...file }, run.deps.cipher, run.report) };
  } else if (kind === "IMPORT_BUDGET") {
    read = { kind: "BUDGET", preview: await previewBudgetImport(ctx, { budgetId: payload.budgetId ?? "", unit: payload.unit ?? null, ...file }, run.report) };
  } else {
    read = { kind: "POSTINGS", preview: await previewPostingImport(ctx, { budgetId: payload.budgetId ?? "", ...file }, run.report) };
  }
  await run.complete(ctx.manager, { result: summaryOf(read), output: run.deps.cipher.encrypt(outputJson.stringify(read)) });
}

/**
 * A test-only pause inside the import's transaction, after its rows are written and before it commits: OFF unless
 * JOB_TEST_PAUSE_MS is set (tests/api/jobs.test.ts sets it for the worker it kills there, never for the API).
 */
async function testPause(run: JobRun): Promise<void> {
  if (run.testPauseMs > 0) await sleep(run.testPauseMs);
}

/**
 * Reads and writes the file with the import mutation's own service (all or nothing), its transaction extended by the
 * job's DONE (guardedManager): the rows and DONE commit together, and only while this worker holds the job.
 */
async function apply(run: JobRun, ctx: Context, kind: JobKind, payload: ImportPayload, file: ImportFile): Promise<void> {
  await run.progress(10);
  const manager = guardedManager<{ added?: number }>(ctx.manager, {
    // The file is read: the import's transaction starts (its writes are seen by nobody until it commits).
    beforeBegin: () => run.progress(90),
    beforeCommit: async (tx, written) => {
      await testPause(run);
      await run.complete(tx, { result: { addedCount: written.added ?? null } });
    },
  });
  const guarded: Context = { ...ctx, manager, loaders: createLoaders(manager), logger: ctx.logger };
  const projectId = run.job.projectId ?? "";
  if (kind === "IMPORT_PARTICIPANTS") await importParticipants(guarded, { projectId, ...file }, run.deps.cipher);
  else if (kind === "IMPORT_POSTINGS") await importPostings(guarded, { budgetId: payload.budgetId ?? "", ...file });
  else {
    if (payload.expectedVersion == null)
      throw new DomainError("BAD_USER_INPUT", "Angiv budgettets version (expectedVersion) for at importere et økonomioverslag.");
    await importBudget(guarded, { budgetId: payload.budgetId ?? "", unit: payload.unit ?? null, expectedVersion: payload.expectedVersion, ...file });
  }
}

/** The handler of the three import kinds: the file decrypted, then a preview or (payload.apply) the import itself. */
export async function runImportJob(run: JobRun): Promise<void> {
  const { job, deps } = run;
  if (!job.input) throw new DomainError("BAD_USER_INPUT", "Filen findes ikke længere. Start importen igen.");
  // Plain JSON (no money in it): the file can be 14 MB of base64, parsed on the main thread.
  const file = JSON.parse(deps.cipher.decrypt(job.input)) as ImportFile;
  const payload = (job.payload ?? {}) as ImportPayload;
  const ctx = await jobContext(deps, job);
  if (payload.apply) await apply(run, ctx, job.kind, payload, file);
  else await preview(run, ctx, job.kind, payload, file);
}
