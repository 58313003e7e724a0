import type { EntityManager } from "typeorm";
import type { ServerDeps } from "../../context.js";
import type { JobRecord } from "./job.repository.js";

/** The job was taken over by another worker (this one's lease ran out): nothing of this run may be committed. */
export class LeaseLost extends Error {
  constructor(readonly jobId: string) {
    super("job lease lost");
    this.name = "LeaseLost";
  }
}

/** What a kind's handler gets: the job, its worker's means, and the one way to finish it. */
export interface JobRun {
  job: JobRecord;
  workerId: string;
  deps: ServerDeps;
  /** Tests only (JOB_TEST_PAUSE_MS): how long an import pauses before it commits; 0: not at all. */
  testPauseMs: number;
  /** Aborted when the heartbeat finds the job no longer this worker's. */
  signal: AbortSignal;
  /** Progress as the work reports it (written at most every 10 % or 500 ms, in order). */
  report: (percent: number) => void;
  /** Progress written now (a phase change the portal should see). */
  progress: (percent: number) => Promise<void>;
  /**
   * DONE, written with `tx`: inside the transaction that holds the job's effect, so both commit or neither. Throws
   * LeaseLost (the transaction rolls back) if another worker has taken the job.
   */
  complete: (tx: EntityManager, done: { result?: Record<string, unknown> | null; output?: Buffer | null }) => Promise<void>;
}

/**
 * `base` with its next `transaction(…)` extended by `beforeCommit(tx, result)`, run inside it after the work (and
 * preceded by `beforeBegin`, outside it): a
 * service that opens its own transaction (an import) commits its rows and the job's DONE together. Only the first
 * transaction is extended (a refused import's access-log entry, written after the rollback, is not the effect).
 */
export function guardedManager<R>(
  base: EntityManager,
  hooks: { beforeBegin?: () => Promise<void>; beforeCommit: (tx: EntityManager, result: R) => Promise<void> },
): EntityManager {
  let armed = true;
  const transaction = (...args: unknown[]): Promise<unknown> => {
    const work = args[args.length - 1] as (tx: EntityManager) => Promise<R>;
    if (!armed) return (base.transaction as (...a: unknown[]) => Promise<unknown>)(...args);
    armed = false;
    const extended = async (tx: EntityManager) => {
      const result = await work(tx);
      await hooks.beforeCommit(tx, result);
      return result;
    };
    // beforeBegin runs before the transaction holds a connection: it may use the pool (transactions.test.ts).
    return (hooks.beforeBegin ?? (() => Promise.resolve()))().then(() =>
      (base.transaction as (...a: unknown[]) => Promise<unknown>)(...args.slice(0, -1), extended),
    );
  };
  return new Proxy(base, { get: (target, key, receiver) => (key === "transaction" ? transaction : (Reflect.get(target, key, receiver) as unknown)) });
}

/** JSON for a job's output that keeps bigint money (øre) exact: {"$ore":"123"} on the way in, a bigint on the way out. */
export const outputJson = {
  stringify: (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? { $ore: v.toString() } : v)),
  parse: <T>(text: string): T =>
    JSON.parse(text, (_key, v: unknown) => {
      if (v && typeof v === "object" && !Array.isArray(v)) {
        const keys = Object.keys(v);
        const ore = (v as { $ore?: unknown }).$ore;
        if (keys.length === 1 && typeof ore === "string") return BigInt(ore);
      }
      return v;
    }) as T,
};
