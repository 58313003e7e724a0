import type { FlowAlertFragment } from "@overblik/graphql-client";
import { useState } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { Loading } from "../../../ui/loading";
import { useCitizenAlerts } from "../hooks/use-flow";
import { AlertList } from "./alert-list";
import type { FlowMessage } from "./flow-message";
import { ResolveAlertDialog } from "./resolve-alert-dialog";

/** The citizen's alerts, open and followed up, for the tovholder (flow.coordinate), with "Følg op" on the open ones. */
export function CitizenAlertsSection({
  projectId,
  participantId,
  onMessage,
}: {
  projectId: string;
  participantId: string;
  onMessage: (message: FlowMessage | null) => void;
}) {
  const { data, error } = useCitizenAlerts(projectId, participantId);
  const [resolving, setResolving] = useState<FlowAlertFragment | null>(null);
  const alerts = data?.project.alerts;
  const open = alerts?.filter((a) => !a.resolvedAt).length ?? 0;

  return (
    <section className="participant-section" aria-labelledby="alerts-heading" id="advarsler">
      <h3 id="alerts-heading">Advarsler</h3>
      {error && !alerts ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !alerts ? (
        <Loading />
      ) : alerts.length === 0 ? (
        <p>Ingen advarsler om borgeren.</p>
      ) : (
        <>
          <p>{open === 0 ? "Alle advarsler om borgeren er fulgt op." : `${open} ${open === 1 ? "åben advarsel" : "åbne advarsler"} om borgeren.`}</p>
          <AlertList
            projectId={projectId}
            alerts={alerts}
            canResolve
            onResolve={(a) => {
              onMessage(null);
              setResolving(a);
            }}
          />
        </>
      )}
      {resolving ? (
        <ResolveAlertDialog
          projectId={projectId}
          alert={resolving}
          onClose={() => setResolving(null)}
          onSaved={(text) => {
            setResolving(null);
            onMessage({ kind: "saved", text });
          }}
        />
      ) : null}
    </section>
  );
}
