import { setPriority } from "node:os";
import { getHeapStatistics } from "node:v8";
import { parentPort } from "node:worker_threads";
import { ImportRefusal, type ImportLimits } from "../../common/import-limits.js";
import { readGrid } from "./read-grid.js";
import { readPostings } from "./read-postings.js";

/** What the API asks the import worker to read. The bytes are transferred, not copied. */
export type WorkerTask =
  | { kind: "grid"; fileName: string; bytes: Uint8Array; limits: ImportLimits }
  | { kind: "postings"; bytes: Uint8Array; limits: ImportLimits; lines: Array<{ id: string; name: string }> };

/** What the worker answers: progress while reading, then one result, a refusal (Danish, the user's to fix) or a failure. */
export type WorkerMessage =
  | { type: "progress"; percent: number }
  | { type: "done"; result: unknown; heapUsedMb: number }
  | { type: "refused"; message: string; heapUsedMb: number }
  | { type: "failed"; code: string };

/** The worker's heap in use after a file: the parent retires a worker that kept much of a file. */
function heapUsedMb(): number {
  return Math.round(getHeapStatistics().used_heap_size / (1024 * 1024));
}

/**
 * The import worker (issue #14): files are read in a worker thread, one at a time, so the API's event loop never
 * parses. The parent bounds its memory (resourceLimits) and time (terminate), and gives it the next file only when
 * it answered the last one in good order; the readers bound the rest.
 */
const port = parentPort;
if (port) {
  // On Linux this lowers the worker thread alone (nice 10, about a ninth of a request thread's share when the CPU is
  // contended): a file being read yields the CPU to the requests, yet still gets on when other processes are busy.
  try {
    setPriority(10);
  } catch {
    // Not allowed here: the time limit still bounds the worker.
  }
  const post = (message: WorkerMessage) => port.postMessage(message);
  // One task at a time: the parent sends the next file only after this one's answer.
  port.on("message", (task: WorkerTask) => {
    let last = -1;
    const progress = (percent: number) => {
      if (percent === last) return;
      last = percent;
      post({ type: "progress", percent });
    };
    const read =
      task.kind === "grid"
        ? readGrid(task.fileName, task.bytes, task.limits, progress)
        : Promise.resolve().then(() => readPostings(task.bytes, task.lines, task.limits, progress));
    read.then(
      (result) => post({ type: "done", result, heapUsedMb: heapUsedMb() }),
      (error: unknown) => {
        if (error instanceof ImportRefusal) post({ type: "refused", message: error.message, heapUsedMb: heapUsedMb() });
        // A code only: the error's text could quote the file.
        else post({ type: "failed", code: error instanceof Error ? error.name : "UNKNOWN" });
      },
    );
  });
}
