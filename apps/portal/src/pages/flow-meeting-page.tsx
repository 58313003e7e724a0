import { formatIsoWeek, rolesAllow } from "@overblik/domain";
import { useState } from "react";
import { AddToAgendaForm } from "../modules/flow/components/add-to-agenda-form";
import { AgendaTable } from "../modules/flow/components/agenda-table";
import { FlowFrame } from "../modules/flow/components/flow-frame";
import { FlowMessageArea, type FlowMessage } from "../modules/flow/components/flow-message";
import { HoldMeetingDialog } from "../modules/flow/components/hold-meeting-dialog";
import { Invitations } from "../modules/flow/components/invitations";
import { MeetingStatus } from "../modules/flow/components/meeting-status";
import { useFlowMeetings, type FlowProject } from "../modules/flow/hooks/use-flow";
import { FLOW_PURPOSES } from "../modules/flow/flow-labels";
import { flowPaths } from "../modules/flow/flow-paths";
import { formatMinutes } from "../modules/flow/flow-view";
import { LogNotice } from "../modules/participants/components/log-notice";
import { ErrorAlert } from "../ui/alert";
import { useDocumentTitle } from "../ui/document-title";
import { errorMessage } from "../ui/errors";
import { formatDateDa, minIsoDate, todayIso } from "../ui/format";
import { Icon } from "../ui/icon";
import { Loading } from "../ui/loading";
import { Link } from "../ui/navigation";

function Meeting({ project, meetingId }: { project: FlowProject; meetingId: string }) {
  const { data, previousData, error } = useFlowMeetings(project.id);
  const [message, setMessage] = useState<FlowMessage | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [holding, setHolding] = useState(false);
  const loaded = (data ?? previousData)?.project;
  const meeting = loaded?.teamMeetings.find((m) => m.id === meetingId);
  useDocumentTitle(meeting ? `Teammøde ${formatDateDa(meeting.date)} – ${project.name}` : loaded || error ? `Teammøde – ${project.name}` : undefined);

  if (error && !loaded) return <ErrorAlert message={errorMessage(error)} />;
  if (!loaded) return <Loading />;
  if (!meeting) {
    return (
      <>
        <h2>Mødet findes ikke</h2>
        <ErrorAlert message="Mødet findes ikke i projektet, eller du er ikke indkaldt til det." />
        <p>
          <Link to={flowPaths.meetings(project.id)}>Alle teammøder</Link>
        </p>
      </>
    );
  }

  const canPlan = rolesAllow(project.myRoles, "team.run");
  const planned = meeting.status === "PLANNED";
  const full = meeting.items.length >= meeting.maxItems;

  return (
    <>
      <h2>
        Teammøde {formatDateDa(meeting.date)} ({formatIsoWeek(meeting.date)})
      </h2>
      <dl className="facts-list meeting-facts">
        <div>
          <dt>Status</dt>
          <dd>
            <MeetingStatus status={meeting.status} />
            {meeting.status === "CANCELLED" && meeting.cancelReason ? <span className="line-meta">Begrundelse: {meeting.cancelReason}</span> : null}
          </dd>
        </div>
        <div>
          <dt>På dagsordenen</dt>
          <dd>
            {meeting.items.length} af højst {meeting.maxItems} borgere{full && planned ? " (fuld)" : ""}
          </dd>
        </div>
        <div>
          <dt>Tid</dt>
          <dd>
            {meeting.minutesPerItem} minutter pr. borger; {formatMinutes(meeting.items.length * meeting.minutesPerItem)} med denne dagsorden
          </dd>
        </div>
      </dl>
      <LogNotice purpose={FLOW_PURPOSES.meetings} />
      <FlowMessageArea message={message} />

      <section className="participant-section" aria-labelledby="agenda-heading">
        <h3 id="agenda-heading">Dagsorden</h3>
        {meeting.items.length === 0 ? (
          <p className="line-meta-inline">Ingen borgere på dagsordenen endnu.</p>
        ) : (
          <AgendaTable projectId={project.id} meeting={meeting} linkToTimeline={rolesAllow(project.myRoles, "participant.read")} highlight={added} />
        )}
        {canPlan && planned ? (
          <>
            <h4>Sæt en borger på dagsordenen</h4>
            <AddToAgendaForm
              projectId={project.id}
              meeting={meeting}
              asOf={minIsoDate(todayIso(), project.endDate)}
              onMessage={(next, participantId) => {
                setMessage(next);
                setAdded(participantId ?? null);
              }}
            />
          </>
        ) : null}
      </section>

      <section className="participant-section" aria-labelledby="invite-heading">
        <h3 id="invite-heading">{planned ? "Hvem skal indkaldes" : "Indkaldt efter dagsordenen"}</h3>
        <p>Beskæftigelse er altid med; de øvrige kompetencer følger af temaerne i borgernes forberedende skemaer.</p>
        <Invitations meeting={meeting} members={loaded.teamMembers} />
      </section>

      {canPlan && planned ? (
        <section className="participant-section d-print-none" aria-labelledby="hold-heading">
          <h3 id="hold-heading">Efter mødet</h3>
          <p>
            Registrér, hvem fra teamet der deltog og hvor længe, om borgerne mødte op, og teamets anbefalinger. Mødet holdes, selv om en borger ikke kommer.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setMessage(null);
                setHolding(true);
              }}
            >
              <Icon name="check" />
              Registrér afholdt møde
            </button>
          </div>
        </section>
      ) : null}

      {holding ? (
        <HoldMeetingDialog
          projectId={project.id}
          meeting={meeting}
          members={loaded.teamMembers}
          onClose={() => setHolding(false)}
          onSaved={(text) => {
            setHolding(false);
            setMessage({ kind: "saved", text });
          }}
        />
      ) : null}
    </>
  );
}

/** /projekter/<id>/moeder/<meetingId>: one meeting's agenda, who to call, and the record of it. */
export function FlowMeetingPage({ projectId, meetingId }: { projectId: string; meetingId: string }) {
  return (
    <FlowFrame
      projectId={projectId}
      title="Teammøde"
      requires="meeting.read"
      childSetsTitle
      back={{ to: flowPaths.meetings(projectId), label: "Alle teammøder" }}
    >
      {(project) => <Meeting project={project} meetingId={meetingId} />}
    </FlowFrame>
  );
}
