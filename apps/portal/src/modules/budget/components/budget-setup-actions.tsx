import { rolesAllow } from "@overblik/domain";
import { useState } from "react";
import { Alert } from "../../../ui/alert";
import type { DraftBudget, DraftsProject } from "../hooks/use-budget-drafts";
import { BudgetCopyDialog } from "./budget-copy-dialog";
import { CreateBudgetForm } from "./budget-create-form";

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/**
 * "Opret budget" and "Kopiér fra et andet projekt" on the budget tab, for those who may write a draft: the first
 * budget, or a second one (fx the kompetenceudvikling pool with its planned activities).
 */
export function BudgetSetupActions({ project, onCreated }: { project: DraftsProject; onCreated: (budget: DraftBudget) => void }) {
  const [mode, setMode] = useState<"create" | "copy" | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  if (!rolesAllow(project.myRoles, "budget.draft") || project.status === "CLOSED") return null;

  function done(budget: DraftBudget, how: string) {
    setMode(null);
    setCreated(`Budgettet "${budget.name}" er ${how} som udkast.`);
    onCreated(budget);
  }

  return (
    <div className="budget-setup d-print-none">
      {created ? (
        <Alert variant="success">
          <p className="m-0">{created}</p>
        </Alert>
      ) : null}
      {mode === "create" ? (
        <section aria-labelledby="create-budget-heading" className="budget-create-panel">
          <h3 id="create-budget-heading">Opret budget</h3>
          <CreateBudgetForm
            projectId={project.id}
            firstYear={yearOf(project.startDate)}
            lastYear={yearOf(project.endDate)}
            defaultName={project.budgets.length === 0 ? "Økonomioverslag" : ""}
            onCreated={(b) => done(b, "oprettet")}
            onCancel={() => setMode(null)}
          />
        </section>
      ) : (
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => setMode("create")}>
            Opret budget
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode("copy")}>
            Kopiér fra et andet projekt
          </button>
        </div>
      )}
      {mode === "copy" ? <BudgetCopyDialog projectId={project.id} onClose={() => setMode(null)} onCopied={(b) => done(b, "kopieret")} /> : null}
    </div>
  );
}
