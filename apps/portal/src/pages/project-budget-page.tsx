import { rolesAllow } from "@overblik/domain";
import { BudgetDraftWorkspace } from "../modules/budget/components/budget-draft-workspace";
import { BudgetPlanner } from "../modules/budget/components/budget-planner";
import { BudgetSetupActions } from "../modules/budget/components/budget-setup-actions";
import { useBudgetDrafts } from "../modules/budget/hooks/use-budget-drafts";
import { useBudgetPlanner } from "../modules/budget/hooks/use-budget-planner";
import { BudgetPicker } from "../modules/projects/components/budget-picker";
import type { ProjectData } from "../modules/projects/hooks/use-projects";
import { useSelectedBudget } from "../modules/projects/hooks/use-selected-budget";
import { useSession } from "../modules/session/hooks/use-session";
import { ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { Loading } from "../ui/loading";

export function ProjectBudgetPage({ project }: { project: ProjectData }) {
  // Need-to-know: the budget changes only for roles with budget.read (the API refuses the others).
  const { data, error, refetch } = useBudgetPlanner(project.id, rolesAllow(project.myRoles, "budget.read"));
  const { user } = useSession();
  const planner = data?.project;
  const [budget, selectBudget] = useSelectedBudget(planner?.budgets ?? []);
  // The draft editor's own data (review comment, submission, account numbers); the same budgets.
  const drafts = useBudgetDrafts(project.id).data?.project;
  const writesDraft = budget?.status === "DRAFT" && rolesAllow(planner?.myRoles ?? [], "budget.draft");

  return (
    <>
      <h2>Budgetlinjer og justeringer</h2>
      {drafts ? <BudgetSetupActions project={drafts} onCreated={(b) => selectBudget(b.id)} /> : null}
      {error && !planner ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !planner ? (
        <Loading />
      ) : !budget ? (
        <p>Projektet har ikke et budget endnu.</p>
      ) : (
        <>
          <BudgetPicker budgets={planner.budgets} selectedId={budget.id} onSelect={selectBudget} />
          {writesDraft ? (
            <BudgetDraftWorkspace key={budget.id} projectId={project.id} budgetId={budget.id} />
          ) : (
            <BudgetPlanner key={budget.id} project={planner} budget={budget} currentUserId={user.id} refetch={() => refetch()} />
          )}
        </>
      )}
    </>
  );
}
