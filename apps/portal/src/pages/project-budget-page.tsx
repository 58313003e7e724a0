import { BudgetPlanner } from "../modules/budget/components/budget-planner";
import { useBudgetPlanner } from "../modules/budget/hooks/use-budget-planner";
import { BudgetPicker } from "../modules/projects/components/budget-picker";
import type { ProjectData } from "../modules/projects/hooks/use-projects";
import { useSelectedBudget } from "../modules/projects/hooks/use-selected-budget";
import { useSession } from "../modules/session/hooks/use-session";
import { ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { Loading } from "../ui/loading";

export function ProjectBudgetPage({ project }: { project: ProjectData }) {
  const { data, error, refetch } = useBudgetPlanner(project.id);
  const { user } = useSession();
  const planner = data?.project;
  const [budget, selectBudget] = useSelectedBudget(planner?.budgets ?? []);

  return (
    <>
      <h2>Budgetlinjer og justeringer</h2>
      {error && !planner ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !planner ? (
        <Loading />
      ) : !budget ? (
        <p>Projektet har ikke et budget endnu.</p>
      ) : (
        <>
          <BudgetPicker budgets={planner.budgets} selectedId={budget.id} onSelect={selectBudget} />
          <BudgetPlanner key={budget.id} project={planner} budget={budget} currentUserId={user.id} refetch={() => refetch()} />
        </>
      )}
    </>
  );
}
