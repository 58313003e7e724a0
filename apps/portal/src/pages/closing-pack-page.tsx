import { paths } from "../app/paths";
import { FlowFrame } from "../modules/flow/components/flow-frame";
import { FrozenPackView } from "../modules/styregruppe/frozen-pack-view";
import { styregruppePaths, useClosingPack } from "../modules/styregruppe/styregruppe-hooks";
import { Alert, ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { formatDateDa } from "../ui/format";
import { Loading } from "../ui/loading";

function ClosingPack({ projectId }: { projectId: string }) {
  const { data, error } = useClosingPack(projectId);
  if (error) return <ErrorAlert message={errorMessage(error)} />;
  if (!data) return <Loading />;
  const pack = data.project.closingPack;
  if (!pack) return <Alert variant="info">Projektet er ikke lukket, så der er ingen lukkepakke endnu. Den laves, når projektet lukkes.</Alert>;
  return (
    <FrozenPackView
      projectId={projectId}
      heading={`Lukkepakke pr. ${formatDateDa(pack.meetingDate)}`}
      pack={pack}
      note={`Projektets endelige tal pr. ${formatDateDa(pack.meetingDate)}, frosset, da projektet blev lukket. Projektet kan kun læses, og intet ændrer tallene.`}
      commentsHeading="Kommentarer ved lukningen"
      exportHref={styregruppePaths.closingPackExport(projectId)}
    />
  );
}

/** A closed project's closing pack: its final figures as the styregruppe saw them on the closing day. */
export function ClosingPackPage({ projectId }: { projectId: string }) {
  return (
    <FlowFrame projectId={projectId} title="Lukkepakke" requires="steering.read" subnav={false} back={{ to: paths.project(projectId), label: "Til projektet" }}>
      {() => <ClosingPack projectId={projectId} />}
    </FlowFrame>
  );
}
