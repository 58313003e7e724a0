import { rolesAllow, type Role } from "@overblik/domain";
import { useState } from "react";
import { useDateParam } from "../../../ui/date-param";
import { minIsoDate, todayIso } from "../../../ui/format";
import { useFlowTimeline, useTimelineMutations } from "../hooks/use-flow";
import { ActionPlanSection } from "./action-plan-section";
import { CitizenAlertsSection } from "./citizen-alerts-section";
import { CitizenMeetingsSection } from "./citizen-meetings-section";
import { ConversationsSection } from "./conversations-section";
import { FlowMessageArea, type FlowMessage } from "./flow-message";
import { OutcomesSection } from "./outcomes-section";
import { PreparationForm } from "./preparation-form";
import { TimelineEvents } from "./timeline-events";
import "../flow.css";

export interface CitizenFlowProject {
  id: string;
  endDate: string;
  myRoles: readonly Role[];
}

/**
 * The citizen's way through the flow on the citizen's page: timeline, conversations, the preparatory form, team
 * meetings, the plan month by month, alerts and outcomes, each with the actions the role may take. The citizen is
 * already in the cache (the page read it once, logged once), so this reads no more.
 */
export function CitizenFlow({
  project,
  participantId,
}: {
  project: CitizenFlowProject;
  participantId: string;
}) {
  const { data } = useFlowTimeline(participantId);
  const mutations = useTimelineMutations(project.id, participantId);
  const [message, setMessage] = useState<FlowMessage | null>(null);
  const [highlight, setHighlight] = useState<string[]>([]);
  // Dialogs start from the date chosen on the overview, else today, or the project's last day once it is over.
  const [chosenDate] = useDateParam();
  const defaultDate = chosenDate ?? minIsoDate(todayIso(), project.endDate);
  const participant = data?.participant;
  if (!participant) return null;

  const roles = project.myRoles;
  const canRecord = rolesAllow(roles, "flow.record");
  const coordinates = rolesAllow(roles, "flow.coordinate");
  const onMessage = (next: FlowMessage | null, ids?: string[]) => {
    setMessage(next);
    setHighlight(ids ?? []);
  };

  return (
    <>
      <FlowMessageArea message={message} />

      <section className="participant-section" aria-labelledby="events-heading">
        <h3 id="events-heading">Tidslinje</h3>
        <TimelineEvents participant={participant} />
      </section>

      <ConversationsSection
        participant={participant}
        mutations={mutations}
        canSchedule={coordinates}
        canRecord={canRecord}
        defaultDate={defaultDate}
        highlight={highlight}
        onMessage={onMessage}
      />

      <section
        className="participant-section"
        aria-labelledby="preparation-heading"
      >
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

      <CitizenMeetingsSection
        projectId={project.id}
        participant={participant}
        canAdd={rolesAllow(roles, "team.run")}
        linkToMeetings={rolesAllow(roles, "meeting.read")}
        from={defaultDate}
        highlight={highlight}
        onMessage={onMessage}
      />

      <ActionPlanSection
        projectId={project.id}
        participant={participant}
        mutations={mutations}
        canEdit={canRecord}
        seesAlerts={coordinates}
        defaultDate={defaultDate}
        onMessage={onMessage}
      />

      {coordinates ? (
        <CitizenAlertsSection
          projectId={project.id}
          participantId={participant.id}
          onMessage={onMessage}
        />
      ) : null}

      <OutcomesSection
        participant={participant}
        mutations={mutations}
        canRecord={canRecord}
        canKeepInQueue={coordinates}
        defaultDate={defaultDate}
        onMessage={onMessage}
      />
    </>
  );
}
