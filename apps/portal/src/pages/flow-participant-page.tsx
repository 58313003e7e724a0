import { rolesAllow } from "@overblik/domain";
import { useState } from "react";
import { ActionPlanSection } from "../modules/flow/components/action-plan-section";
import { ConversationsSection } from "../modules/flow/components/conversations-section";
import { FlowFrame } from "../modules/flow/components/flow-frame";
import { FlowMessageArea, type FlowMessage } from "../modules/flow/components/flow-message";
import { OutcomesSection } from "../modules/flow/components/outcomes-section";
import { PreparationForm } from "../modules/flow/components/preparation-form";
import { TimelineEvents } from "../modules/flow/components/timeline-events";
import { useFlowTimeline, useTimelineMutations, type FlowProject } from "../modules/flow/hooks/use-flow";
import { FLOW_PURPOSES } from "../modules/flow/flow-labels";
import { FLOW_TIMELINE_PERMISSION, flowPaths } from "../modules/flow/flow-paths";
import { ColourHistory } from "../modules/participants/components/colour-history";
import { ColourTag } from "../modules/participants/components/colour-tag";
import { LogNotice } from "../modules/participants/components/log-notice";
import { ErrorAlert } from "../ui/alert";
import { useDateParam, withDate } from "../ui/date-param";
import { useDocumentTitle } from "../ui/document-title";
import { errorCode, errorMessage } from "../ui/errors";
import { minIsoDate, todayIso } from "../ui/format";
import { Loading } from "../ui/loading";
import { Link } from "../ui/navigation";

const NOT_FOUND = "Borgeren findes ikke i projektet, eller du har ikke adgang til borgeren.";

function Timeline({ project, participantId }: { project: FlowProject; participantId: string }) {
  const { data, error } = useFlowTimeline(participantId);
  const mutations = useTimelineMutations(project.id, participantId);
  const participant = data?.participant;
  const [message, setMessage] = useState<FlowMessage | null>(null);
  const [highlight, setHighlight] = useState<string[]>([]);
  useDocumentTitle(participant ? `Forløb for ${participant.code} – ${project.name}` : error ? `Borgerens forløb – ${project.name}` : undefined);
  // Dialogs start from the date chosen on the overview, else today, or the project's last day once it is over.
  const [chosenDate] = useDateParam();
  const defaultDate = chosenDate ?? minIsoDate(todayIso(), project.endDate);

  if (error && !participant) {
    const code = errorCode(error);
    const notFound = code === "NOT_FOUND" || code === "BAD_USER_INPUT";
    return (
      <>
        <h2>{notFound ? "Borgeren findes ikke" : "Borgerens forløb kunne ikke hentes"}</h2>
        <ErrorAlert message={notFound ? NOT_FOUND : errorMessage(error)} />
      </>
    );
  }
  if (!participant) return <Loading />;

  const canRecord = rolesAllow(project.myRoles, "flow.record");
  const onMessage = (next: FlowMessage | null, ids?: string[]) => {
    setMessage(next);
    setHighlight(ids ?? []);
  };

  return (
    <>
      <h2 className="timeline-heading">
        Forløb for {participant.code} <ColourTag colour={participant.colour} />
      </h2>
      <p>
        <Link to={flowPaths.participant(project.id, participant.id)}>Borgerens oplysninger: profil, sagsbehandler, navn og CPR-nummer</Link>
      </p>
      <LogNotice purpose={FLOW_PURPOSES.timeline} />
      <FlowMessageArea message={message} />

      <div className="participant-page-grid">
        <section className="participant-section" aria-labelledby="events-heading">
          <h3 id="events-heading">Tidslinje</h3>
          <TimelineEvents participant={participant} />
        </section>
        <section className="participant-section" aria-labelledby="history-heading">
          <h3 id="history-heading">Farvehistorik</h3>
          <ColourHistory history={participant.colourHistory} />
        </section>
      </div>

      <ConversationsSection
        participant={participant}
        mutations={mutations}
        canSchedule={rolesAllow(project.myRoles, "flow.coordinate")}
        canRecord={canRecord}
        defaultDate={defaultDate}
        highlight={highlight}
        onMessage={onMessage}
      />

      <section className="participant-section" aria-labelledby="preparation-heading">
        <h3 id="preparation-heading">Forberedende skema</h3>
        <PreparationForm
          key={`${participant.id}-${participant.preparationForm?.version ?? 0}`}
          participantId={participant.id}
          code={participant.code}
          form={participant.preparationForm}
          canSave={canRecord}
          mutations={mutations}
          onMessage={onMessage}
        />
      </section>

      <ActionPlanSection
        projectId={project.id}
        participant={participant}
        mutations={mutations}
        canEdit={canRecord}
        seesAlerts={rolesAllow(project.myRoles, "flow.coordinate")}
        defaultDate={defaultDate}
        onMessage={onMessage}
      />

      <OutcomesSection
        participant={participant}
        mutations={mutations}
        canRecord={canRecord}
        canKeepInQueue={rolesAllow(project.myRoles, "flow.coordinate")}
        defaultDate={defaultDate}
        onMessage={onMessage}
      />
    </>
  );
}

/** /projekter/<id>/borgere/<participantId>/forloeb: one citizen's way through the flow. */
export function FlowParticipantPage({ projectId, participantId }: { projectId: string; participantId: string }) {
  const [date] = useDateParam();
  return (
    <FlowFrame
      projectId={projectId}
      title="Borgerens forløb"
      requires={FLOW_TIMELINE_PERMISSION}
      subnav={false}
      childSetsTitle
      back={(project) =>
        rolesAllow(project.myRoles, "flow.coordinate")
          ? { to: withDate(flowPaths.overview(projectId), date), label: "Tovholderens overblik" }
          : { to: flowPaths.participant(projectId, participantId), label: "Borgerens side" }
      }
    >
      {(project) => <Timeline project={project} participantId={participantId} />}
    </FlowFrame>
  );
}
