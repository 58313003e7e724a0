import { ParticipantProjectFrame } from "../modules/participants/components/participant-project-frame";
import { ParticipantStatistics } from "../modules/participants/components/participant-statistics";
import { useParticipantStatistics, type ParticipantProject } from "../modules/participants/hooks/use-participants";
import { ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { Loading } from "../ui/loading";

function Statistics({ project }: { project: ParticipantProject }) {
  const { data, error } = useParticipantStatistics(project.id);
  const statistics = data?.participantStatistics;
  return (
    <>
      <h2>Borgere i tal</h2>
      <p>Samlede tal for projektets målgruppe. Ingen enkelt borger kan ses her.</p>
      {error && !statistics ? <ErrorAlert message={errorMessage(error)} /> : !statistics ? <Loading /> : <ParticipantStatistics statistics={statistics} />}
    </>
  );
}

/** /projekter/<id>/statistik: aggregates for the styregruppe, leaders and the tovholder. */
export function ParticipantStatisticsPage({ projectId }: { projectId: string }) {
  return (
    <ParticipantProjectFrame projectId={projectId} title="Borgere i tal" requires="participant.statistics">
      {(project) => <Statistics project={project} />}
    </ParticipantProjectFrame>
  );
}
