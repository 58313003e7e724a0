import { useId, useState } from "react";
import { FlowFrame } from "../modules/flow/components/flow-frame";
import type { FlowProject } from "../modules/flow/hooks/use-flow";
import { FrozenPackView } from "../modules/styregruppe/frozen-pack-view";
import { PackComparison } from "../modules/styregruppe/key-figures-view";
import { styregruppePaths, useDashboard, usePack, type Dashboard } from "../modules/styregruppe/styregruppe-hooks";
import "../modules/styregruppe/styregruppe.css";
import { ErrorAlert } from "../ui/alert";
import { withDate } from "../ui/date-param";
import { errorMessage } from "../ui/errors";
import { formatDateDa, minIsoDate, todayIso } from "../ui/format";
import { Loading } from "../ui/loading";
import { Link } from "../ui/navigation";

/**
 * The live figures next to the pack's: "i dag" (today, or the project's end once it is over, as on
 * the dashboard), or the meeting date itself, which shows what has been corrected since the meeting.
 */
function LiveComparison({ project, pack }: { project: FlowProject; pack: Dashboard }) {
  const id = useId();
  const today = minIsoDate(todayIso(), project.endDate);
  const [at, setAt] = useState(today);
  const { data, previousData, error } = useDashboard(project.id, at);
  const live = (data ?? previousData)?.project.dashboard;
  return (
    <>
      <div className="form-group d-print-none">
        <label className="form-label" htmlFor={`${id}-at`}>
          Sammenlign med de aktuelle tal pr.
        </label>
        <select className="form-select" id={`${id}-at`} value={at} onChange={(e) => setAt(e.target.value)}>
          <option value={today}>i dag ({formatDateDa(today)})</option>
          {pack.asOf !== today ? <option value={pack.asOf}>mødedatoen ({formatDateDa(pack.asOf)})</option> : null}
        </select>
      </div>
      {error ? <ErrorAlert message={errorMessage(error)} /> : !live ? <Loading /> : <PackComparison pack={pack} live={live} />}
    </>
  );
}

function Pack({ project, packId }: { project: FlowProject; packId: string }) {
  const id = useId();
  const { data, error } = usePack(packId);
  const [compare, setCompare] = useState(false);
  const pack = data?.meetingPack;
  if (error) return <ErrorAlert message={errorMessage(error)} />;
  if (!pack) return <Loading />;
  return (
    <FrozenPackView
      projectId={project.id}
      heading={`Mødepakke til mødet d. ${formatDateDa(pack.meetingDate)}`}
      pack={pack}
      note={`Tallene er pr. ${formatDateDa(pack.meetingDate)}, som de var ved lukningen; senere posteringer, rettelser og hændelser ændrer dem ikke.`}
      commentsHeading="Tovholderens kommentarer"
      exportHref={styregruppePaths.packExport(pack.id)}
      actions={
        <Link className="function-link" to={withDate(styregruppePaths.dashboard(project.id), pack.meetingDate)}>
          Se de aktuelle tal pr. {formatDateDa(pack.meetingDate)}
        </Link>
      }
    >
      <div className="form-group form-group-checkbox d-print-none">
        <input type="checkbox" className="form-checkbox" id={`${id}-compare`} checked={compare} onChange={(e) => setCompare(e.target.checked)} />
        <label htmlFor={`${id}-compare`}>Sammenlign med i dag</label>
      </div>
      {compare ? <LiveComparison project={project} pack={pack.dashboard} /> : null}
    </FrozenPackView>
  );
}

/** A frozen meeting pack: the dashboard as it was shown, whatever has been posted or recorded since. */
export function StyregruppePackPage({ projectId, packId }: { projectId: string; packId: string }) {
  return (
    <FlowFrame projectId={projectId} title="Mødepakke" requires="steering.read" subnav={false}>
      {(project) => (
        <>
          <p className="d-print-none">
            <Link to={styregruppePaths.dashboard(projectId)}>Til styregruppens overblik</Link>
          </p>
          <Pack project={project} packId={packId} />
        </>
      )}
    </FlowFrame>
  );
}
