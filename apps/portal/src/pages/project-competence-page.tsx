import { rolesAllow } from "@overblik/domain";
import { useState } from "react";
import { AddActivityDialog } from "../modules/competence/components/add-activity-dialog";
import { CompetencePoolPanel } from "../modules/competence/components/competence-pool-panel";
import { RecordCompetenceDialog } from "../modules/competence/components/record-activity-dialog";
import type { CompetenceActivityData, CompetencePoolData } from "../modules/competence/competence-view";
import { useCompetencePlanner } from "../modules/competence/hooks/use-competence";
import type { ProjectData } from "../modules/projects/hooks/use-projects";
import { Alert, ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { minIsoDate, todayIso } from "../ui/format";
import { Loading } from "../ui/loading";

export function ProjectCompetencePage({ project }: { project: ProjectData }) {
  const { data, error, refetch } = useCompetencePlanner(project.id);
  const pools = data?.project.competencePools;
  const canPlan = rolesAllow(project.myRoles, "competence.plan");
  const [dialog, setDialog] = useState<{ kind: "add"; pool: CompetencePoolData } | { kind: "record"; activity: CompetenceActivityData } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  function saved(text: string) {
    setDialog(null);
    setMessage(text);
  }

  return (
    <>
      <h2>Kompetenceudvikling</h2>
      {error && !pools ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !pools ? (
        <Loading />
      ) : pools.length === 0 ? (
        <p>Projektet har ingen puljer til kompetenceudvikling.</p>
      ) : (
        <>
          <p>Puljer til kompetenceudvikling af teamet og medarbejderne: de planlagte aktiviteter mod de afholdte, og prisen pr. deltager.</p>
          {message ? (
            <Alert variant="success">
              <p className="m-0">{message}</p>
            </Alert>
          ) : null}
          {pools.map((pool) => (
            <CompetencePoolPanel
              key={pool.id}
              pool={pool}
              canPlan={canPlan}
              onAdd={() => setDialog({ kind: "add", pool })}
              onRecord={(activity) => setDialog({ kind: "record", activity })}
            />
          ))}
        </>
      )}
      {dialog?.kind === "add" ? (
        <AddActivityDialog
          poolId={dialog.pool.id}
          poolName={dialog.pool.name}
          defaultDate={minIsoDate(todayIso(), project.endDate)}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      ) : dialog?.kind === "record" ? (
        <RecordCompetenceDialog activity={dialog.activity} onClose={() => setDialog(null)} onSaved={saved} refetch={() => refetch()} />
      ) : null}
    </>
  );
}
