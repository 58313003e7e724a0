import { rolesAllow } from "@overblik/domain";
import type { FlowMeetingFragment } from "@overblik/graphql-client";
import { useState } from "react";
import { FlowFrame } from "../modules/flow/components/flow-frame";
import { FlowMessageArea, type FlowMessage } from "../modules/flow/components/flow-message";
import { AddMeetingForm, CancelMeetingDialog, MeetingActions, MoveMeetingDialog } from "../modules/flow/components/meeting-planning";
import { MeetingTable } from "../modules/flow/components/meeting-table";
import { TeamSection } from "../modules/flow/components/team-section";
import { useMeetingPlanning } from "../modules/flow/hooks/use-plan-setup";
import { useFlowMeetings, useGenerateTeamMeetings, type FlowProject } from "../modules/flow/hooks/use-flow";
import { FLOW_PURPOSES } from "../modules/flow/flow-labels";
import { LogNotice } from "../modules/participants/components/log-notice";
import { ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { formatInteger } from "../ui/format";
import { Icon } from "../ui/icon";
import { Loading } from "../ui/loading";

function Meetings({ project }: { project: FlowProject }) {
  const { data, previousData, error } = useFlowMeetings(project.id);
  const [generate, { loading: generating }] = useGenerateTeamMeetings(project.id);
  const [message, setMessage] = useState<FlowMessage | null>(null);
  const meetings = (data ?? previousData)?.project.teamMeetings;
  const canPlan = rolesAllow(project.myRoles, "meeting.plan");
  // Adding, moving and cancelling meetings: the permission meeting.plan, as the API checks it.
  const canSchedule = rolesAllow(project.myRoles, "meeting.plan");
  const planning = useMeetingPlanning(project.id);
  const [moving, setMoving] = useState<FlowMeetingFragment | null>(null);
  const [cancelling, setCancelling] = useState<FlowMeetingFragment | null>(null);
  const saved = (text: string) => {
    setMoving(null);
    setCancelling(null);
    setMessage({ kind: "saved", text });
  };
  const held = meetings?.filter((m) => m.status === "HELD").length ?? 0;
  // A cancelled meeting offers no places (its agenda has moved to another meeting).
  const places = meetings?.reduce((sum, m) => sum + (m.status === "CANCELLED" ? 0 : m.maxItems), 0) ?? 0;
  const used = meetings?.reduce((sum, m) => sum + m.items.length, 0) ?? 0;

  async function generateMeetings() {
    setMessage(null);
    try {
      const result = await generate({ variables: { projectId: project.id } });
      const n = result.data?.generateTeamMeetings ?? 0;
      setMessage({
        kind: "saved",
        text:
          n === 0
            ? "Alle møder efter forløbsplanen findes allerede."
            : `${formatInteger(n)} ${n === 1 ? "nyt møde er" : "nye møder er"} oprettet efter forløbsplanen.`,
      });
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  }

  return (
    <>
      <h2>Teammøder</h2>
      <p className="flow-lead">
        Det tværfaglige team rådgiver om hver borger. Tovholderen sætter borgerne på dagsordenen; temaerne fra borgernes forberedende skemaer afgør, hvilke
        kompetencer mødet kalder på, og dermed hvem der indkaldes.
      </p>
      {canPlan ? null : <p>Du ser de møder, du er indkaldt til: dem, hvor din kompetence er på dagsordenen, eller hvor du har deltaget.</p>}
      <LogNotice purpose={FLOW_PURPOSES.meetings} />
      <FlowMessageArea message={message} />
      {canPlan ? (
        <div className="button-row d-print-none">
          <button type="button" className="button button-secondary" onClick={() => void generateMeetings()} disabled={generating}>
            <Icon name="plus" />
            {generating ? "Opretter …" : "Opret møder efter forløbsplanen"}
          </button>
        </div>
      ) : null}
      {canSchedule ? <AddMeetingForm planning={planning} projectId={project.id} onMessage={setMessage} /> : null}
      {error && !meetings ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !meetings ? (
        <Loading />
      ) : meetings.length === 0 ? (
        <p>{canPlan ? "Der er ingen møder endnu. Opret dem efter forløbsplanen." : "Du er ikke indkaldt til nogen møder endnu."}</p>
      ) : (
        <>
          <p>
            <strong>{formatInteger(meetings.length)} møder</strong>, {formatInteger(held)} afholdt. {formatInteger(used)} af {formatInteger(places)} pladser på
            dagsordenerne er brugt.
          </p>
          <MeetingTable
            projectId={project.id}
            meetings={meetings}
            actions={
              canSchedule
                ? (m) => (
                    <MeetingActions
                      meeting={m}
                      onMove={() => {
                        setMessage(null);
                        setMoving(m);
                      }}
                      onCancel={() => {
                        setMessage(null);
                        setCancelling(m);
                      }}
                    />
                  )
                : undefined
            }
          />
        </>
      )}
      {moving ? <MoveMeetingDialog meeting={moving} planning={planning} onClose={() => setMoving(null)} onSaved={saved} /> : null}
      {cancelling && meetings ? (
        <CancelMeetingDialog meeting={cancelling} meetings={meetings} planning={planning} onClose={() => setCancelling(null)} onSaved={saved} />
      ) : null}
      <TeamSection project={project} />
    </>
  );
}

/** /projekter/<id>/moeder: the team meetings (a team member sees only those they are called to). */
export function FlowMeetingsPage({ projectId }: { projectId: string }) {
  return (
    <FlowFrame projectId={projectId} title="Teammøder" requires="meeting.read">
      {(project) => <Meetings project={project} />}
    </FlowFrame>
  );
}
