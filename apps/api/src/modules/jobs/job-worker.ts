import type { JobKind } from "@overblik/db";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { DomainError } from "../../common/errors.js";
import type { ServerDeps } from "../../context.js";
import { claimJob, completeJob, failAbandonedJobs, failJob, pruneJobs, renewLease, scheduleJob, setJobProgress, type JobRecord } from "./job.repository.js";
import { LeaseLost, type JobRun } from "./job-run.js";
import { onJobQueued } from "./wake.js";

/*
 * Background jobs any process can take (issue #20). Every API process runs a JobWorker (unless JOB_WORKER=off), and
 * `npm run worker` runs one with no HTTP server. A worker polls the job table, claims one job at a time with
 * FOR UPDATE SKIP LOCKED under a lease, renews the lease while the job runs (its heartbeat), and the job's handler
 * commits its effect and DONE in one transaction that checks the lease is still its own (JobRun.complete). A worker
 * that dies (kill -9, a lost machine) stops renewing; when its lease has run out, the next worker's poll takes the job
 * over (attempts + 1) and runs it again from the start; the dead worker's uncommitted transaction rolled back with its
 * connection, so nothing is written twice. A worker that was only paused and wakes after the takeover finds its
 * lease gone at commit and rolls back. After max_attempts lost workers the job is FAILED (WORKER_LOST).
 */

export type JobHandler = (run: JobRun) => Promise<void>;

export interface JobWorkerOptions {
  /** Handlers by kind; a kind without one here is left for a process that has it. */
  handlers: Partial<Record<JobKind, JobHandler>>;
  /** How long a claim holds without a heartbeat (renewed every third of it). */
  leaseMs: number;
  /** How often an idle worker looks for work. */
  pollMs: number;
  /** Schedules (e.g. the access log's retention every N minutes): a job row created when due, one at a time. */
  schedules?: Array<{ kind: JobKind; everySeconds: number }>;
  /** Tests only: the pause a handler makes before committing (JobRun.testPauseMs). */
  testPauseMs?: number;
}

const LOST_MESSAGE = "Jobbet blev afbrudt flere gange, fordi serveren, der arbejdede på det, stoppede. Start det igen.";
const INTERNAL_MESSAGE = "Jobbet mislykkedes på grund af en fejl hos os. Prøv igen, eller kontakt support.";

export class JobWorker {
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<void> | null = null;
  private stopped = false;
  private unsubscribe: () => void = () => {};
  private lastHousekeeping = 0;

  constructor(
    private readonly deps: ServerDeps,
    private readonly options: JobWorkerOptions,
  ) {}

  start(): void {
    this.unsubscribe = onJobQueued(() => this.poll());
    this.timer = setInterval(() => this.poll(), this.options.pollMs);
    this.timer.unref();
    this.poll();
  }

  /** Claims no more; waits for the job in hand (jobs are bounded by their own time limits). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    if (this.timer) clearInterval(this.timer);
    await this.current;
  }

  /** One job at a time: a poll while a job runs does nothing; when it ends the worker looks again at once. */
  private poll(): void {
    if (this.stopped || this.current) return;
    this.current = this.next()
      .catch((error: unknown) => this.deps.logger.warn({ err: error instanceof Error ? error.name : "unknown", workerId: this.id }, "job poll failed"))
      .then((ran) => {
        this.current = null;
        if (ran === true) this.poll();
      });
  }

  private async next(): Promise<boolean> {
    const manager = this.deps.dataSource.manager;
    if (Date.now() - this.lastHousekeeping > 60_000) {
      this.lastHousekeeping = Date.now();
      for (const s of this.options.schedules ?? []) await scheduleJob(manager, s.kind, s.everySeconds);
      await pruneJobs(manager, 24, 30);
    }
    await failAbandonedJobs(manager, LOST_MESSAGE);
    const job = await claimJob(manager, this.id, this.options.leaseMs);
    if (!job) return false;
    await this.run(job);
    return true;
  }

  private async run(job: JobRecord): Promise<void> {
    const { logger, dataSource } = this.deps;
    const lease = new AbortController();
    const heartbeat = setInterval(() => {
      renewLease(dataSource.manager, job.id, this.id, this.options.leaseMs)
        .then((held) => held || lease.abort())
        .catch(() => undefined);
    }, this.options.leaseMs / 3);
    const progress = progressWriter((percent) => setJobProgress(dataSource.manager, job.id, this.id, percent));
    let completed = false;
    const run: JobRun = {
      job,
      workerId: this.id,
      deps: this.deps,
      testPauseMs: this.options.testPauseMs ?? 0,
      signal: lease.signal,
      report: progress.report,
      progress: (percent) => setJobProgress(dataSource.manager, job.id, this.id, percent),
      complete: async (tx, done) => {
        await progress.flush();
        if (!(await completeJob(tx, job.id, this.id, { result: done.result ?? null, output: done.output ?? null }))) throw new LeaseLost(job.id);
        completed = true;
      },
    };
    logger.info({ jobId: job.id, kind: job.kind, attempt: job.attempts, workerId: this.id }, "job started");
    try {
      const handler = this.options.handlers[job.kind];
      if (!handler) throw new Error(`no handler for ${job.kind}`);
      await handler(run);
      if (!completed) throw new Error("job handler returned without completing");
      logger.info({ jobId: job.id, kind: job.kind, workerId: this.id }, "job done");
    } catch (error) {
      await progress.flush();
      if (error instanceof LeaseLost) {
        logger.warn({ jobId: job.id, kind: job.kind, workerId: this.id }, "job taken over by another worker; nothing committed");
        return;
      }
      const known = error instanceof DomainError;
      // The code and the kind only: an unexpected error's text could quote the file.
      if (!known) logger.error({ jobId: job.id, kind: job.kind, error: error instanceof Error ? error.name : "unknown" }, "job failed");
      await failJob(dataSource.manager, job.id, this.id, known ? error.code : "INTERNAL_SERVER_ERROR", known ? error.message : INTERNAL_MESSAGE).catch(() =>
        logger.warn({ jobId: job.id }, "job outcome not saved"),
      );
    } finally {
      clearInterval(heartbeat);
    }
  }
}

/**
 * Progress written at most every 10 % or 500 ms (a file reports far more often), in order, below 100 (DONE writes 100).
 * `flush` waits for the last write, so DONE is never overwritten by a late progress.
 */
function progressWriter(write: (percent: number) => Promise<void>) {
  let last = -1;
  let at = 0;
  let writing: Promise<unknown> = Promise.resolve();
  return {
    report: (percent: number) => {
      const now = Date.now();
      if (percent <= last || (percent < last + 10 && now - at < 500)) return;
      last = percent;
      at = now;
      writing = writing.then(() => write(Math.min(99, percent))).catch(() => undefined);
    },
    flush: () => writing,
  };
}
