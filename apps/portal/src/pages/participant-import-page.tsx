import { ParticipantImport } from "../modules/participants/components/participant-import";
import { ParticipantProjectFrame } from "../modules/participants/components/participant-project-frame";
import { participantPaths } from "../modules/participants/participant-paths";

/** /projekter/<id>/borgere/import: the tovholder imports the target group. */
export function ParticipantImportPage({ projectId }: { projectId: string }) {
  return (
    <ParticipantProjectFrame
      projectId={projectId}
      title="Importér målgruppen"
      requires="participant.import"
      back={{ to: participantPaths.list(projectId), label: "Alle borgere i projektet" }}
    >
      {() => (
        <>
          <h2>Importér målgruppen</h2>
          <ParticipantImport projectId={projectId} />
        </>
      )}
    </ParticipantProjectFrame>
  );
}
