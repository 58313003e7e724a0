import { rolesAllow } from "@overblik/domain";
import type { FlowAlertFragment } from "@overblik/graphql-client";
import { useId, useState } from "react";
import { AlertList } from "../modules/flow/components/alert-list";
import { FlowFrame } from "../modules/flow/components/flow-frame";
import { FlowMessageArea, type FlowMessage } from "../modules/flow/components/flow-message";
import { ResolveAlertDialog } from "../modules/flow/components/resolve-alert-dialog";
import { useFlowAlerts, type FlowProject } from "../modules/flow/hooks/use-flow";
import { citizensText, FLOW_PURPOSES } from "../modules/flow/flow-labels";
import { CodeSearchField, codeMatches, useCodeSearch } from "../modules/participants/components/code-search";
import { LogNotice } from "../modules/participants/components/log-notice";
import { ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { Loading } from "../ui/loading";
import { setSearchParam, useSearch } from "../ui/navigation";

function Alerts({ project }: { project: FlowProject }) {
  const showAll = new URLSearchParams(useSearch()).get("alle") === "1";
  const { data, previousData, error, loading } = useFlowAlerts(project.id, !showAll);
  const [resolving, setResolving] = useState<FlowAlertFragment | null>(null);
  const [message, setMessage] = useState<FlowMessage | null>(null);
  const id = useId();
  const [code, setCode] = useCodeSearch();
  const fetched = (data ?? previousData)?.project.alerts;
  const alerts = fetched?.filter((a) => codeMatches(a.participantCode, code));
  // An alert followed up on this page stays in view (marked "Fulgt op") until the list is fetched again.
  const open = alerts?.filter((a) => !a.resolvedAt) ?? [];
  const canResolve = rolesAllow(project.myRoles, "flow.coordinate");

  return (
    <>
      <h2>Advarsler</h2>
      <p className="flow-lead">
        Når en borger ikke følger en indsats, melder den ansvarlige enhed det til tovholderne. Følg op, og skriv hvad der er gjort; så lukkes advarslen.
      </p>
      <LogNotice purpose={FLOW_PURPOSES.alerts} />
      <div className="form-group form-group-checkbox d-print-none">
        <input
          type="checkbox"
          className="form-checkbox"
          id={`${id}-all`}
          checked={showAll}
          onChange={(e) => setSearchParam("alle", e.target.checked ? "1" : null)}
        />
        <label className="form-label" htmlFor={`${id}-all`}>
          Vis også advarsler, der er fulgt op
        </label>
      </div>
      <CodeSearchField value={code} onChange={setCode} className="d-print-none" />
      <FlowMessageArea message={message} />
      {error && !fetched ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !alerts ? (
        <Loading />
      ) : (
        <div aria-busy={loading}>
          <p aria-live="polite">
            {code.trim() !== "" ? `Søgningen på »${code.trim()}« viser ${alerts.length} ${alerts.length === 1 ? "advarsel" : "advarsler"}. ` : ""}
            {open.length === 0
              ? "Ingen åbne advarsler."
              : `${open.length} ${open.length === 1 ? "åben advarsel" : "åbne advarsler"} om ${citizensText(new Set(open.map((a) => a.participantId)).size)}.`}
          </p>
          {alerts.length > 0 ? (
            <AlertList
              projectId={project.id}
              alerts={alerts}
              canResolve={canResolve}
              onResolve={(a) => {
                setMessage(null);
                setResolving(a);
              }}
            />
          ) : null}
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
