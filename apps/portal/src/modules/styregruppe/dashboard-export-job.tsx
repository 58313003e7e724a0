import { useMutation, useQuery } from "@apollo/client/react";
import { ExportJobDocument, StartDashboardExportDocument } from "@overblik/graphql-client";
import { useId, useState } from "react";
import { ErrorAlert } from "../../ui/alert";
import { errorMessage } from "../../ui/errors";
import { Icon } from "../../ui/icon";
import { ImportProgress } from "../../ui/import-file";

/** How often the screen asks how far the workbook has come. */
const POLL_MS = 500;

/**
 * The dashboard as a workbook, made as a job (issue #20): "Lav Excel-ark" starts it, a progress bar follows it (any
 * server process may make it), and when it is done a link downloads it. Give it `key={asOf}`: a new date starts over.
 */
export function DashboardExportJob({ projectId, asOf }: { projectId: string; asOf: string }) {
  const id = useId();
  const [start, started] = useMutation(StartDashboardExportDocument);
  const [jobId, setJobId] = useState<string | null>(null);
  const [polling, setPolling] = useState(false);
  // Polled while the job runs, and no longer.
  const { data } = useQuery(ExportJobDocument, {
    variables: { id: jobId ?? "" },
    skip: jobId === null,
    pollInterval: polling ? POLL_MS : 0,
    fetchPolicy: "network-only",
  });
  const job = jobId !== null && data?.exportJob.id === jobId ? data.exportJob : null;
  const running = jobId !== null && (job === null || job.status === "QUEUED" || job.status === "RUNNING");
  if (polling !== running) setPolling(running);

  async function onStart() {
    const result = await start({ variables: { input: { projectId, asOf } } });
    const created = result.data?.startDashboardExport;
    if (created) setJobId(created.id);
  }

  return (
    <>
      <button type="button" className="function-link" disabled={running} onClick={() => void onStart().catch(() => undefined)}>
        <Icon name="file-excel" />
        Lav Excel-ark
      </button>
      <ImportProgress id={id} busy={running} label={job?.phase ?? "Starter eksporten"} percent={job?.progress ?? null} />
      {job?.status === "DONE" && job.downloadUrl ? (
        <a className="function-link" href={job.downloadUrl} download={job.fileName ?? true}>
          <Icon name="file-excel" />
          Hent {job.fileName ?? "regnearket"}
        </a>
      ) : null}
      {job?.status === "FAILED" ? <ErrorAlert message={job.errorMessage ?? "Eksporten mislykkedes. Prøv igen."} /> : null}
      {started.error ? <ErrorAlert message={errorMessage(started.error)} /> : null}
    </>
  );
}
