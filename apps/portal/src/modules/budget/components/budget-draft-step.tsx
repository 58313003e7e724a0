import { rolesAllow } from "@overblik/domain";
import { useState } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { Loading } from "../../../ui/loading";
import { BUDGET_STATUS_LABELS } from "../budget-view";
import { useBudgetDrafts } from "../hooks/use-budget-drafts";
import { CreateBudgetForm } from "./budget-create-form";
import { BudgetDraftWorkspace } from "./budget-draft-workspace";

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/**
 * The budget step of "Nyt projekt": the first budget (økonomioverslaget) is created if there is none, then
 * written in the grid editor and sent to the styregruppe. Resumable: coming back shows the budget as it is.
 */
export function BudgetDraftStep({ projectId }: { projectId: string }) {
  const { data, error } = useBudgetDrafts(projectId);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const project = data?.project;
  if (error && !project) return <ErrorAlert message={errorMessage(error)} />;
  if (!project) return <Loading />;
  const budget = project.budgets.find((b) => b.id === createdId) ?? project.budgets.find((b) => b.status !== "APPROVED") ?? project.budgets[0];
  if (!budget) {
    if (!rolesAllow(project.myRoles, "budget.draft")) return <p>Projektet har ikke et budget endnu. Projektets leder opretter det.</p>;
    return (
      <section aria-labelledby="budget-step-create" className="budget-draft-step">
        <h3 id="budget-step-create">Opret økonomioverslaget</h3>
        <p>Budgettet spænder over hele år inden for projektets periode; beløbene skrives i kroner i næste trin.</p>
        <CreateBudgetForm
          projectId={project.id}
          firstYear={yearOf(project.startDate)}
          lastYear={yearOf(project.endDate)}
          defaultName="Økonomioverslag"
          onCreated={(b) => setCreatedId(b.id)}
        />
      </section>
    );
  }
  return (
    <section aria-labelledby="budget-step-heading" className="budget-draft-step">
      <h3 id="budget-step-heading">
        {budget.name}, {budget.startYear === budget.endYear ? budget.startYear : `${budget.startYear}–${budget.endYear}`}
      </h3>
      <p>
        Status: {BUDGET_STATUS_LABELS[budget.status]}
        {budget.priceLevelYear !== null ? ` · ${budget.priceLevelYear}-p/l` : ""}
      </p>
      <BudgetDraftWorkspace projectId={projectId} budgetId={budget.id} />
    </section>
  );
}
