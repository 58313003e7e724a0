import { Alert } from "../../ui/alert";
import { formatDateDa, formatDateTimeDa } from "../../ui/format";
import { Link } from "../../ui/navigation";
import { styregruppePaths, useClosingPackSummary } from "./styregruppe-hooks";

/** Next to the meeting packs: a closed project's closing pack (nothing while the project is open). */
export function ClosingPackLink({ projectId }: { projectId: string }) {
  const { data } = useClosingPackSummary(projectId);
  const pack = data?.project.closingPack;
  if (!pack) return null;
  return (
    <Alert variant="info" headingLevel={3} heading="Projektet er lukket">
      <Link to={styregruppePaths.closingPack(projectId)}>Lukkepakke pr. {formatDateDa(pack.meetingDate)}</Link>: de endelige tal, lukket{" "}
      {formatDateTimeDa(pack.closedAt)} af {pack.closedBy}.
    </Alert>
  );
}
