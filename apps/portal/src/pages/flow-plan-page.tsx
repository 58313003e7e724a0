import { FlowFrame } from "../modules/flow/components/flow-frame";
import { PlanStep } from "../modules/flow/components/plan-step";
import { flowPaths } from "../modules/flow/flow-paths";

/** /projekter/<id>/kapacitet/plan: goals, milestones and the flow plan of an existing project ("Ret mål og plan"). */
export function FlowPlanPage({ projectId }: { projectId: string }) {
  return (
    <FlowFrame projectId={projectId} title="Mål og plan" requires="project.read" back={{ to: flowPaths.capacity(projectId), label: "Kapacitet og fremdrift" }}>
      {() => (
        <>
          <h2>Mål og plan</h2>
          <PlanStep projectId={projectId} />
        </>
      )}
    </FlowFrame>
  );
}
