import { paths } from "../../../app/paths";
import { Link } from "../../../ui/navigation";

/**
 * Step 3 of a new project's setup: the draft budget (økonomioverslag). A placeholder until the budget planner's
 * draft editor takes this name; it points to the project's budget tab.
 */
export function BudgetDraftStep({ projectId }: { projectId: string }) {
  return (
    <section>
      <h2>Budget</h2>
      <p>Skriv projektets økonomioverslag (indtægter og udgifter pr. år) i budgetplanlæggeren.</p>
      <p>
        <Link to={paths.project(projectId, "budget")}>Gå til projektets budget</Link>
      </p>
    </section>
  );
}
