import { useMutation, useQuery } from "@apollo/client/react";
import { ImportJobDocument, StartImportPreviewDocument, type ImportJobQuery, type StartImportPreviewInput } from "@overblik/graphql-client";
import { useEffect, useRef, useState } from "react";

export type FinishedImportJob = ImportJobQuery["importJob"];

/** How often the screen asks how far the file has come. */
const POLL_MS = 400;

/**
 * A file read on the server as a job (issue #14): `start` hands the file over and returns at once; the hook then
 * asks importJob every POLL_MS until the job is DONE or FAILED, and calls `onFinished` once with it. `job` is the
 * latest answer while it runs (status, progress 0–100, the Danish phase) for the progress bar.
 */
export function useImportJob(onFinished: (job: FinishedImportJob) => void) {
  const [startMutation] = useMutation(StartImportPreviewDocument);
  const [jobId, setJobId] = useState<string | null>(null);
  // Skipped (no job, or the job has ended): no polling.
  const { data } = useQuery(ImportJobDocument, {
    variables: { id: jobId ?? "" },
    skip: jobId === null,
    pollInterval: jobId === null ? 0 : POLL_MS,
    fetchPolicy: "network-only",
  });
  const finished = useRef(onFinished);
  // The latest callback, stored after render (a ref written during render may belong to a render React throws away).
  useEffect(() => {
    finished.current = onFinished;
  });
  const job = jobId !== null && data?.importJob.id === jobId ? data.importJob : null;

  useEffect(() => {
    if (!job || (job.status !== "DONE" && job.status !== "FAILED")) return;
    // The poll's answer comes from the server (an external system): stopping the poll here is what effects are for.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see the line above
    setJobId(null);
    finished.current(job);
  }, [job]);

  async function start(input: StartImportPreviewInput): Promise<void> {
    const result = await startMutation({ variables: { input } });
    const started = result.data?.startImportPreview;
    if (started) setJobId(started.id);
  }

  return { start, job, running: jobId !== null };
}
