import { useId, useState, type FormEvent } from "react";
import { AsOfForm } from "../modules/flow/components/as-of-form";
import { FlowFrame } from "../modules/flow/components/flow-frame";
import { useAsOf } from "../modules/flow/hooks/use-as-of";
import type { FlowProject } from "../modules/flow/hooks/use-flow";
import { DashboardView } from "../modules/styregruppe/dashboard-view";
import { styregruppePaths, useClosePack, useDashboard } from "../modules/styregruppe/styregruppe-hooks";
import "../modules/styregruppe/styregruppe.css";
import { Alert, ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { formatDateDa } from "../ui/format";
import { Icon } from "../ui/icon";
import { Loading } from "../ui/loading";
import { Link } from "../ui/navigation";

function ClosePackForm({ projectId, asOf }: { projectId: string; asOf: string }) {
  const id = useId();
  const [comments, setComments] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [close, { loading }] = useClosePack();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!window.confirm(`Luk pakken til mødet d. ${formatDateDa(asOf)}? Tallene fryses og kan ikke ændres bagefter.`)) return;
    try {
      await close({ variables: { input: { projectId, meetingDate: asOf, comments } } });
      setMessage({ ok: true, text: `Pakken til mødet d. ${formatDateDa(asOf)} er lukket.` });
      setComments("");
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
    }
  }
  return (
    <form className="d-print-none" onSubmit={(e) => void submit(e)} aria-busy={loading}>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-comments`}>
          Tovholderens kommentarer til mødet
        </label>
        <textarea className="form-input" id={`${id}-comments`} rows={3} maxLength={4000} value={comments} onChange={(e) => setComments(e.target.value)} />
      </div>
      <button type="submit" className="button button-secondary" disabled={loading}>
        <Icon name="lock" />
        Luk pakke til møde d. {formatDateDa(asOf)}
      </button>
      {message ? (message.ok ? <Alert variant="success">{message.text}</Alert> : <ErrorAlert message={message.text} />) : null}
    </form>
  );
}

function Dashboard({ project }: { project: FlowProject }) {
  const [asOf, setAsOf, fallback] = useAsOf(project);
  const { data, previousData, error } = useDashboard(project.id, asOf);
  const shown = (data ?? previousData)?.project;
  return (
    <>
      <h2>Styregruppens overblik</h2>
      <AsOfForm key={asOf} value={asOf} fallback={fallback} hint="Alle tal regnes pr. denne dato" buttonText="Vis overblik" onApply={setAsOf} />
      <p className="d-print-none button-row">
        <a className="function-link" href={styregruppePaths.dashboardExport(project.id, asOf)}>
          <Icon name="file-excel" />
          Hent som Excel
        </a>
        <button type="button" className="function-link" onClick={() => window.print()}>
          <Icon name="print" />
          Udskriv / gem som PDF
        </button>
      </p>
      {error ? <ErrorAlert message={errorMessage(error)} /> : !shown ? <Loading /> : <DashboardView projectId={project.id} dashboard={shown.dashboard} effect={shown.effect} />}
      {shown ? (
        <section className="sg-section" aria-label="Mødepakker">
          <h2 className="h3">Mødepakker</h2>
          {shown.meetingPacks.length === 0 ? (
            <p>Der er ikke lukket nogen mødepakker endnu.</p>
          ) : (
            <ul>
              {shown.meetingPacks.map((p) => (
                <li key={p.id}>
                  <Link to={styregruppePaths.pack(project.id, p.id)}>Mødet d. {formatDateDa(p.meetingDate)}</Link> (lukket af {p.closedBy})
                </li>
              ))}
            </ul>
          )}
          {project.myRoles.includes("TOVHOLDER") ? <ClosePackForm projectId={project.id} asOf={asOf} /> : null}
        </section>
      ) : null}
    </>
  );
}

export function StyregruppeDashboardPage({ projectId }: { projectId: string }) {
  return (
    <FlowFrame projectId={projectId} title="Styregruppens overblik" requires="seeSteering" subnav={false}>
      {(project) => <Dashboard project={project} />}
    </FlowFrame>
  );
}
