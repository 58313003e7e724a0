import { rolesAllow } from "@overblik/domain";
import type { FlowCapacityQuery } from "@overblik/graphql-client";
import { useState } from "react";
import { AsOfForm } from "../modules/flow/components/as-of-form";
import { CapacitySentences } from "../modules/flow/components/capacity-sentences";
import { FlowFrame } from "../modules/flow/components/flow-frame";
import { FlowMessageArea, type FlowMessage } from "../modules/flow/components/flow-message";
import { GoalsTable } from "../modules/flow/components/goals-table";
import { MilestonesTimeline } from "../modules/flow/components/milestones-timeline";
import { PaceChart } from "../modules/flow/components/pace-chart";
import { PaceTable } from "../modules/flow/components/pace-table";
import { useAsOf } from "../modules/flow/hooks/use-as-of";
import { useFlowCapacity, type FlowProject } from "../modules/flow/hooks/use-flow";
import { flowPaths } from "../modules/flow/flow-paths";
import { Alert, ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { formatDateDa } from "../ui/format";
import { Icon } from "../ui/icon";
import { Loading } from "../ui/loading";
import { Link } from "../ui/navigation";

type Plan = NonNullable<FlowCapacityQuery["project"]["capacityPlan"]>;
type Pace = NonNullable<FlowCapacityQuery["project"]["conversationPace"]>;

/** Where the pace stands: average against required, on track or not, and when the current pace finishes. */
function PaceSummary({ pace, plan }: { pace: Pace; plan: Plan }) {
  const late = pace.projectedFinish !== null && pace.projectedFinish > plan.conversationEnd;
  return (
    <ul className="capacity-sentences">
      <li>
        Gennemsnit: <strong>{pace.averagePerWeek} samtaler pr. uge</strong> mod de krævede {pace.requiredPerWeek}.
      </li>
      <li>
        <span className="status-badge">
          <Icon name={pace.onTrack ? "check" : "warning"} />
          {pace.onTrack ? "Tempoet følger planen." : "Tempoet er bagud i forhold til planen."}
        </span>
      </li>
      <li>
        {pace.projectedFinish === null ? (
          "Forventet færdig: kan ikke beregnes, før der er holdt samtaler."
        ) : (
          <>
            Forventet færdig med det nuværende tempo: <strong>{formatDateDa(pace.projectedFinish)}</strong>
            {late ? `, efter planens sidste dag ${formatDateDa(plan.conversationEnd)}.` : "."}
          </>
        )}
      </li>
    </ul>
  );
}

function Capacity({ project }: { project: FlowProject }) {
  const [asOf, setAsOf, fallback] = useAsOf(project);
  const { data, previousData, error, loading } = useFlowCapacity(project.id, asOf);
  const [message, setMessage] = useState<FlowMessage | null>(null);
  const figures = (data ?? previousData)?.project;

  return (
    <>
      <h2>Kapacitet og fremdrift</h2>
      <p className="flow-lead">
        Forløbsplanens tal, tempoet for de indledende samtaler, tidsplanens milepæle og projektets mål. Kun samlede tal: ingen borger nævnes.
      </p>
      {rolesAllow(project.myRoles, "plan.edit") ? (
        <div className="button-row d-print-none">
          <Link to={flowPaths.planEditor(project.id)} className="button button-secondary">
            <Icon name="edit" />
            Ret mål og plan
          </Link>
        </div>
      ) : null}
      <AsOfForm key={asOf} value={asOf} fallback={fallback} hint="Tempo, milepæle og mål pr. denne dato" buttonText="Vis" onApply={setAsOf} />
      <FlowMessageArea message={message} />
      {error && !figures ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !figures ? (
        <Loading />
      ) : (
        <div aria-busy={loading}>
          <section className="participant-section" aria-labelledby="plan-heading">
            <h3 id="plan-heading">Kapacitetsplan</h3>
            {figures.capacityPlan ? (
              <>
                <CapacitySentences plan={figures.capacityPlan} />
                {figures.capacityPlan.mismatches.length > 0 ? (
                  <Alert variant="info" heading="Planens egne tal stemmer ikke" headingLevel={4}>
                    {figures.capacityPlan.mismatches.map((m) => (
                      <p key={m} className="m-0">
                        {m}
                      </p>
                    ))}
                  </Alert>
                ) : null}
              </>
            ) : (
              <p>Projektet har ingen forløbsplan.</p>
            )}
          </section>

          {figures.capacityPlan && figures.conversationPace ? (
            <section className="participant-section" aria-labelledby="pace-heading">
              <h3 id="pace-heading">Tempo for indledende samtaler</h3>
              {figures.conversationPace.weeks.length === 0 ? (
                <p>
                  Samtaleperioden begynder {formatDateDa(figures.capacityPlan.conversationStart)}; der er ingen uger at vise pr. {formatDateDa(asOf)}.
                </p>
              ) : (
                <>
                  <PaceSummary pace={figures.conversationPace} plan={figures.capacityPlan} />
                  <PaceChart pace={figures.conversationPace} total={figures.capacityPlan.citizens} />
                  <PaceTable weeks={figures.conversationPace.weeks} />
                </>
              )}
            </section>
          ) : null}

          <section className="participant-section" aria-labelledby="milestones-heading">
            <h3 id="milestones-heading">Milepæle</h3>
            <MilestonesTimeline
              projectId={project.id}
              asOf={asOf}
              milestones={figures.milestones}
              canComplete={rolesAllow(project.myRoles, "milestone.complete")}
              onMessage={setMessage}
            />
          </section>

          <section className="participant-section" aria-labelledby="goals-heading">
            <h3 id="goals-heading">Mål</h3>
            <GoalsTable goals={figures.goals} />
          </section>
        </div>
      )}
    </>
  );
}

/** /projekter/<id>/kapacitet: capacity and progress, for every role (aggregates only). */
export function FlowCapacityPage({ projectId }: { projectId: string }) {
  return (
    <FlowFrame projectId={projectId} title="Kapacitet og fremdrift" requires="project.read">
      {(project) => <Capacity project={project} />}
    </FlowFrame>
  );
}
