import { useId } from "react";
import { ChangeHistory } from "../modules/budget/components/change-history";
import { useBudgetHistory } from "../modules/budget/hooks/use-budget-planner";
import { BudgetPicker } from "../modules/projects/components/budget-picker";
import type { ProjectData } from "../modules/projects/hooks/use-projects";
import { useSelectedBudget } from "../modules/projects/hooks/use-selected-budget";
import { ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { Loading } from "../ui/loading";
import { navigate, useSearch } from "../ui/navigation";

export function ProjectHistoryPage({ project }: { project: ProjectData }) {
  const { data, error } = useBudgetHistory(project.id);
  const history = data?.project;
  const [budget, selectBudget] = useSelectedBudget(history?.budgets ?? []);
  const lineId = new URLSearchParams(useSearch()).get("linje") ?? "";
  const selectId = useId();
  const lines = budget ? [...budget.lines].sort((a, b) => a.sortOrder - b.sortOrder) : [];
  const line = lines.find((l) => l.id === lineId);

  function selectLine(id: string) {
    const params = new URLSearchParams(window.location.search);
    if (id) params.set("linje", id);
    else params.delete("linje");
    const query = params.toString();
    navigate(`${window.location.pathname}${query ? `?${query}` : ""}`, { replace: true, keepScroll: true });
  }

  return (
    <>
      <h2>Historik</h2>
      {error && !history ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !history ? (
        <Loading />
      ) : !budget ? (
        <p>Projektet har ikke et budget endnu.</p>
      ) : (
        <>
          <BudgetPicker budgets={history.budgets} selectedId={budget.id} onSelect={selectBudget} />
          <p>Alle justeringer af {budget.name}, nyeste først: hvem bad om dem, hvornår og hvorfor, linjerne før og efter, og styregruppens afgørelse.</p>
          <div className="form-group d-print-none">
            <label className="form-label" htmlFor={selectId}>
              Vis historik for
            </label>
            <select className="form-select" id={selectId} value={line ? line.id : ""} onChange={(e) => selectLine(e.target.value)}>
              <option value="">Hele budgettet</option>
              {lines.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
          <p className="line-meta-inline" aria-live="polite">
            {line
              ? `${line.history.length === 1 ? "1 ændring" : `${line.history.length} ændringer`} rører linjen ${line.name}.`
              : `${budget.changes.length === 1 ? "1 ændring" : `${budget.changes.length} ændringer`} i alt.`}
          </p>
          <ChangeHistory
            changes={line ? line.history : budget.changes}
            emptyText={
              line
                ? "Linjen er ikke justeret siden godkendelsen."
                : budget.status === "APPROVED"
                  ? "Budgettet er ikke justeret siden godkendelsen."
                  : "Budgettet er et udkast; justeringer registreres, når styregruppen har godkendt det."
            }
          />
        </>
      )}
    </>
  );
}
