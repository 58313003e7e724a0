import { Link } from "../../../ui/navigation";
import { flowPaths } from "../flow-paths";

/**
 * Step 4 of a new project's setup: goals, milestones and the flow plan. A placeholder until the flow plan's
 * editor takes this name; it points to the project's capacity page.
 */
export function PlanStep({ projectId }: { projectId: string }) {
  return (
    <section>
      <h2>Mål og plan</h2>
      <p>Sæt projektets mål, milepæle og forløbsplan (samtaleperiode, teamets periode og mødeinterval).</p>
      <p>
        <Link to={flowPaths.capacity(projectId)}>Gå til kapacitet og forløbsplan</Link>
      </p>
    </section>
  );
}
