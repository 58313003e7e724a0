import { setPriority } from "node:os";
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
  { type: "progress"; percent: number } | { type: "done"; result: unknown } | { type: "refused"; message: string } | { type: "failed"; code: string };

/**
 * The import worker (issue #14): one file per worker thread, so the API's event loop never parses. The parent
 * bounds its memory (resourceLimits) and time (terminate); the readers bound the rest.
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
  port.once("message", (task: WorkerTask) => {
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
      (result) => post({ type: "done", result }),
      (error: unknown) => {
        if (error instanceof ImportRefusal) post({ type: "refused", message: error.message });
        // A code only: the error's text could quote the file.
        else post({ type: "failed", code: error instanceof Error ? error.name : "UNKNOWN" });
      },
    );
  });
}
