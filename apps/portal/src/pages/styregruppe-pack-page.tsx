import { FlowFrame } from "../modules/flow/components/flow-frame";
import { DashboardView } from "../modules/styregruppe/dashboard-view";
import { styregruppePaths, usePack } from "../modules/styregruppe/styregruppe-hooks";
import "../modules/styregruppe/styregruppe.css";
import { Alert, ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { formatDateDa, formatDateTimeDa } from "../ui/format";
import { Icon } from "../ui/icon";
import { Loading } from "../ui/loading";
import { Link } from "../ui/navigation";

/** A frozen meeting pack: the dashboard as it was shown, whatever has been posted or recorded since. */
export function StyregruppePackPage({ projectId, packId }: { projectId: string; packId: string }) {
  const { data, error } = usePack(packId);
  const pack = data?.meetingPack;
  return (
    <FlowFrame projectId={projectId} title="Mødepakke" requires="seeSteering" subnav={false}>
      {() => (
        <>
          <p className="d-print-none">
            <Link to={styregruppePaths.dashboard(projectId)}>Til styregruppens overblik</Link>
          </p>
          {error ? (
            <ErrorAlert message={errorMessage(error)} />
          ) : !pack ? (
            <Loading />
          ) : (
            <>
              <h2>Mødepakke til mødet d. {formatDateDa(pack.meetingDate)}</h2>
              <Alert variant="info" heading="Frossen pakke">
                Lukket {formatDateTimeDa(pack.closedAt)} af {pack.closedBy}. Tallene er, som de var ved lukningen; senere posteringer og hændelser ændrer dem ikke.{" "}
                <Link to={`${styregruppePaths.dashboard(projectId)}?dato=${pack.meetingDate}`}>Sammenlign med de aktuelle tal pr. samme dato</Link>.
              </Alert>
              {pack.comments ? (
                <p>
                  <strong>Tovholderens kommentarer:</strong> {pack.comments}
                </p>
              ) : null}
              <p className="d-print-none button-row">
                <a className="function-link" href={styregruppePaths.packExport(pack.id)}>
                  <Icon name="file-excel" />
                  Hent som Excel
                </a>
                <button type="button" className="function-link" onClick={() => window.print()}>
                  <Icon name="print" />
                  Udskriv / gem som PDF
                </button>
              </p>
              <DashboardView projectId={projectId} dashboard={pack.dashboard} />
            </>
          )}
        </>
      )}
    </FlowFrame>
  );
}
