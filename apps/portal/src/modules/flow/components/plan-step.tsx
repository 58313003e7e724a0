import { rolesAllow } from "@overblik/domain";
import { useState } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { Loading } from "../../../ui/loading";
import { usePlanSetup, usePlanSetupMutations } from "../hooks/use-plan-setup";
import { FlowMessageArea, type FlowMessage } from "./flow-message";
import { FlowPlanForm } from "./flow-plan-form";
import { GoalsEditor } from "./goals-editor";
import { MilestonesEditor } from "./milestones-editor";
import "../flow.css";

/**
 * "Mål og plan": the last step of "Nyt projekt", and the same editor for an existing project (from the capacity
 * page). Goals, the timeline's milestones and the flow plan; each saves on its own, so the step can be left and
 * resumed. For users with the permission plan.edit (the API checks it on every change).
 */
export function PlanStep({ projectId }: { projectId: string }) {
  const { data, previousData, error } = usePlanSetup(projectId);
  const mutations = usePlanSetupMutations(projectId);
  // Each section says what its last change did, beside it.
  const [goalsMessage, setGoalsMessage] = useState<FlowMessage | null>(null);
  const [milestonesMessage, setMilestonesMessage] = useState<FlowMessage | null>(null);
  const [planMessage, setPlanMessage] = useState<FlowMessage | null>(null);
  const project = (data ?? previousData)?.project;

  if (error && !project) return <ErrorAlert message={errorMessage(error)} />;
  if (!project) return <Loading />;
  if (!rolesAllow(project.myRoles, "plan.edit")) {
    return <ErrorAlert message="Kun projektets leder, tovholderne og administratorer kan rette mål, milepæle og forløbsplan." />;
  }

  return (
    <div className="plan-step">
      <section className="participant-section" aria-labelledby="plan-goals-heading">
        <h3 id="plan-goals-heading">Mål</h3>
        <p>Hvad projektet vil nå, målt på borgernes forløb: en andel i procent eller et antal borgere, med udgangspunkt og dato.</p>
        <FlowMessageArea message={goalsMessage} />
        <GoalsEditor projectId={projectId} goals={project.goalDefinitions} mutations={mutations} onMessage={setGoalsMessage} />
      </section>
      <section className="participant-section" aria-labelledby="plan-milestones-heading">
        <h3 id="plan-milestones-heading">Milepæle</h3>
        <p>Tidsplanen: hvad skal være nået hvornår, og hvem er ansvarlig.</p>
        <FlowMessageArea message={milestonesMessage} />
        <MilestonesEditor projectId={projectId} milestones={project.milestones} mutations={mutations} onMessage={setMilestonesMessage} />
      </section>
      <section className="participant-section" aria-labelledby="plan-flow-heading">
        <h3 id="plan-flow-heading">Forløbsplan</h3>
        <p>Hvornår de indledende samtaler holdes, hvornår teamet mødes og hvor tit, og hvor mange borgere et møde kan tage.</p>
        <FlowPlanForm
          projectId={projectId}
          period={{ startDate: project.startDate, endDate: project.endDate }}
          plan={project.flowPlan ?? null}
          canPlanMeetings={rolesAllow(project.myRoles, "meeting.plan")}
          mutations={mutations}
          onMessage={setPlanMessage}
        />
        <FlowMessageArea message={planMessage} />
      </section>
    </div>
  );
}
