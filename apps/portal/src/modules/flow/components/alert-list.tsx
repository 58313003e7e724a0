import type { FlowAlertFragment } from "@overblik/graphql-client";
import { formatDateTimeDa } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import { Link } from "../../../ui/navigation";
import { useDateLink } from "../../../ui/date-param";
import { participantPaths } from "../../participants/participant-paths";

/** Alerts about interventions a citizen does not follow, each with "Følg op" while open (the alerts page and the citizen page). */
export function AlertList({
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
  // A citizen opened from here shows the same date (?dato=) as this page.
  const dated = useDateLink();
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
              <Link to={dated(participantPaths.participant(projectId, a.participantId))}>{a.participantCode}</Link> følger ikke {a.interventionName}
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
              Følg op
              <span className="sr-only"> på advarslen om {a.participantCode}</span>
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
