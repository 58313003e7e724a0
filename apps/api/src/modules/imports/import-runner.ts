import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { DomainError } from "../../common/errors.js";
import { IMPORT_LIMITS, importLimitMessage, type ImportLimits } from "../../common/import-limits.js";
import type { WorkerMessage, WorkerTask } from "./import-worker.js";
import type { Progress } from "./read-grid.js";
import type { ReadPostings } from "./read-postings.js";

/**
 * The worker runs compiled JavaScript: from dist/ next to this file, and from the API's unit tests (which run
 * src/*.ts) the built copy in dist/ (`npm run build` first).
 */
function workerFile(): URL {
  const beside = new URL("./import-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  return new URL("../../../dist/modules/imports/import-worker.js", import.meta.url);
}

/**
 * One file at a time per API process: with two cores, one is left for the requests. A fresh worker per file,
 * so a worker stopped for its time or memory takes nothing with it. The queue is short; the rest wait in line.
 */
const PARALLEL = 1;
/** Files that may wait for the worker; more are refused, so a waiting file starts within QUEUE × maxSeconds. */
export const IMPORT_QUEUE = 8;
let running = 0;
const waiting: Array<() => void> = [];

async function slot(): Promise<() => void> {
  if (running >= PARALLEL) {
    if (waiting.length >= IMPORT_QUEUE) throw new DomainError("TOO_MANY_REQUESTS", "Der læses mange importfiler lige nu. Prøv igen om et minut.");
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

function spawn(): Worker {
  return new Worker(workerFile(), {
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.maxMemoryMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
  });
}

/**
 * One worker kept started between files, its modules (ExcelJS) already loaded: a fresh worker costs about half a
 * second of CPU, paid while nobody waits. It holds no file, and it does not keep the process alive.
 */
let spare: { worker: Worker; alive: boolean } | null = null;

function prepareSpare(): void {
  if (spare?.alive) return;
  const next = { worker: spawn(), alive: true };
  next.worker.unref();
  next.worker.once("error", () => (next.alive = false));
  next.worker.once("exit", () => (next.alive = false));
  spare = next;
}

function takeWorker(): Worker {
  const taken = spare?.alive ? spare.worker : spawn();
  spare = null;
  taken.ref();
  return taken;
}

/** Runs one task in a worker thread, bounded by IMPORT_LIMITS' time and memory; refusals become BAD_USER_INPUT. */
async function runInWorker<T>(task: WorkerTask, progress: Progress, timeLimitMs = IMPORT_LIMITS.maxSeconds * 1000): Promise<T> {
  const release = await slot();
  progress(0);
  try {
    return await new Promise<T>((resolve, reject) => {
      const worker = takeWorker();
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
        void worker.terminate();
      };
      const timer = setTimeout(() => finish(() => reject(new DomainError("BAD_USER_INPUT", importLimitMessage.time()))), timeLimitMs);
      worker.on("message", (message: WorkerMessage) => {
        if (message.type === "progress") progress(message.percent);
        else if (message.type === "done") finish(() => resolve(message.result as T));
        else if (message.type === "refused") finish(() => reject(new DomainError("BAD_USER_INPUT", message.message)));
        else finish(() => reject(new Error(`import worker failed: ${message.code}`)));
      });
      worker.on("error", (error: Error & { code?: string }) => {
        if (error.code === "ERR_WORKER_OUT_OF_MEMORY") finish(() => reject(new DomainError("BAD_USER_INPUT", importLimitMessage.memory())));
        else finish(() => reject(new Error(`import worker error: ${error.code ?? error.name}`)));
      });
      worker.on("exit", (code) => finish(() => reject(new Error(`import worker exited: ${code}`))));
      const bytes = new Uint8Array(task.bytes); // a copy the worker owns (a Buffer may share Node's pool)
      worker.postMessage({ ...task, bytes }, [bytes.buffer]);
    });
  } finally {
    release();
    prepareSpare();
  }
}

/** The grid of an .xlsx's first sheet or a CSV, read in the import worker (a shorter time limit only in tests). */
export function readGridInWorker(
  fileName: string,
  bytes: Uint8Array,
  limits: ImportLimits = IMPORT_LIMITS,
  progress: Progress = () => {},
  timeLimitMs?: number,
): Promise<string[][]> {
  return runInWorker<string[][]>({ kind: "grid", fileName, bytes, limits }, progress, timeLimitMs);
}

/** A postings file read against the budget's lines, in the import worker. */
export function readPostingsInWorker(
  bytes: Uint8Array,
  lines: Array<{ id: string; name: string }>,
  limits: ImportLimits,
  progress: Progress = () => {},
): Promise<ReadPostings> {
  return runInWorker<ReadPostings>({ kind: "postings", bytes, lines, limits }, progress);
}
