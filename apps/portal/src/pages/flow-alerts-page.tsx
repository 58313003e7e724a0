import { rolesAllow } from "@overblik/domain";
import type { FlowAlertFragment } from "@overblik/graphql-client";
import { useId, useState } from "react";
import { FlowFrame } from "../modules/flow/components/flow-frame";
import { FlowMessageArea, type FlowMessage } from "../modules/flow/components/flow-message";
import { ResolveAlertDialog } from "../modules/flow/components/resolve-alert-dialog";
import { useFlowAlerts, type FlowProject } from "../modules/flow/hooks/use-flow";
import { citizensText, FLOW_PURPOSES } from "../modules/flow/flow-labels";
import { flowPaths } from "../modules/flow/flow-paths";
import { LogNotice } from "../modules/participants/components/log-notice";
import { ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { formatDateTimeDa } from "../ui/format";
import { Icon } from "../ui/icon";
import { Loading } from "../ui/loading";
import { Link, setSearchParam, useSearch } from "../ui/navigation";

function AlertList({
  projectId,
  alerts,
  canResolve,
  onResolve,
}: {
  projectId: string;
  alerts: readonly FlowAlertFragment[];
  canResolve: boolean;
  onResolve: (alert: FlowAlertFragment) => void;
}) {
  return (
    <ul className="alert-list">
      {alerts.map((a) => (
        <li key={a.id} className={`plan-alert${a.resolvedAt ? " plan-alert--resolved" : ""}`}>
          <div className="plan-alert-head">
            <span className="status-badge">
              <Icon name={a.resolvedAt ? "check" : "warning"} />
              {a.resolvedAt ? "Fulgt op" : "Åben"}
            </span>
            <strong>
              <Link to={flowPaths.timeline(projectId, a.participantId)}>{a.participantCode}</Link> følger ikke {a.interventionName}
            </strong>
          </div>
          <dl className="change-meta">
            <div>
              <dt>Meldt af</dt>
              <dd>
                {a.reportedByUnit}, {formatDateTimeDa(a.reportedAt)}
              </dd>
            </div>
            <div>
              <dt>Melding</dt>
              <dd>{a.message ?? <span className="line-meta-inline">Ingen tekst</span>}</dd>
            </div>
            {a.resolvedAt ? (
              <div>
                <dt>Opfølgning</dt>
                <dd>
                  {a.followUp} <span className="line-meta-inline">({formatDateTimeDa(a.resolvedAt)})</span>
                </dd>
              </div>
            ) : null}
          </dl>
          {canResolve && !a.resolvedAt ? (
            <button type="button" className="button button-secondary" onClick={() => onResolve(a)}>
              Følg op<span className="sr-only"> på advarslen om {a.participantCode}</span>
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Alerts({ project }: { project: FlowProject }) {
  const showAll = new URLSearchParams(useSearch()).get("alle") === "1";
  const { data, previousData, error, loading } = useFlowAlerts(project.id, !showAll);
  const [resolving, setResolving] = useState<FlowAlertFragment | null>(null);
  const [message, setMessage] = useState<FlowMessage | null>(null);
  const id = useId();
  const alerts = (data ?? previousData)?.project.alerts;
  // An alert followed up on this page stays in view (marked "Fulgt op") until the list is fetched again.
  const open = alerts?.filter((a) => !a.resolvedAt) ?? [];
  const canResolve = rolesAllow(project.myRoles, "flow.coordinate");

  return (
    <>
      <h2>Advarsler</h2>
      <p className="flow-lead">
        Når en borger ikke følger en indsats, melder den ansvarlige enhed det til tovholderne. Følg op, og skriv hvad der er gjort; så lukkes
        advarslen.
      </p>
      <LogNotice purpose={FLOW_PURPOSES.alerts} />
      <div className="form-group form-group-checkbox d-print-none">
        <input type="checkbox" className="form-checkbox" id={`${id}-all`} checked={showAll} onChange={(e) => setSearchParam("alle", e.target.checked ? "1" : null)} />
        <label className="form-label" htmlFor={`${id}-all`}>
          Vis også advarsler, der er fulgt op
        </label>
      </div>
      <FlowMessageArea message={message} />
      {error && !alerts ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !alerts ? (
        <Loading />
      ) : (
        <div aria-busy={loading}>
          <p aria-live="polite">
            {open.length === 0
              ? "Ingen åbne advarsler."
              : `${open.length} ${open.length === 1 ? "åben advarsel" : "åbne advarsler"} om ${citizensText(new Set(open.map((a) => a.participantId)).size)}.`}
          </p>
          {alerts.length > 0 ? <AlertList projectId={project.id} alerts={alerts} canResolve={canResolve} onResolve={(a) => {
            setMessage(null);
            setResolving(a);
          }} /> : null}
        </div>
      )}
      {resolving ? (
        <ResolveAlertDialog
          projectId={project.id}
          alert={resolving}
          onClose={() => setResolving(null)}
          onSaved={(text) => {
            setResolving(null);
            setMessage({ kind: "saved", text });
          }}
        />
      ) : null}
    </>
  );
}

/** /projekter/<id>/advarsler: alerts about interventions a citizen does not follow, with "Følg op". */
export function FlowAlertsPage({ projectId }: { projectId: string }) {
  return (
    <FlowFrame projectId={projectId} title="Advarsler" requires="flow.coordinate">
      {(project) => <Alerts project={project} />}
    </FlowFrame>
  );
}
