import { rolesAllow } from "@overblik/domain";
import { useId } from "react";
import { paths } from "../app/paths";
import { UnitToggle } from "../modules/budget/components/unit-toggle";
import { useMoneyUnit } from "../modules/budget/hooks/use-money-unit";
import { FollowUpReport } from "../modules/follow-up/components/follow-up-report";
import { RecordActivityForm } from "../modules/follow-up/components/record-activity-form";
import { useFollowUp } from "../modules/follow-up/hooks/use-follow-up";
import { BudgetPicker } from "../modules/projects/components/budget-picker";
import type { ProjectData } from "../modules/projects/hooks/use-projects";
import { useSelectedBudget } from "../modules/projects/hooks/use-selected-budget";
import { ErrorAlert } from "../ui/alert";
import { useDateParam } from "../ui/date-param";
import { errorMessage } from "../ui/errors";
import { formatDateDa, minIsoDate, todayIso } from "../ui/format";
import { Icon } from "../ui/icon";
import { Loading } from "../ui/loading";
import { setSearchParam, useSearch } from "../ui/navigation";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Budgetopfølgning for a date (?dato=) and a year (?aar=), so the address is the report: it can be
 * bookmarked, shared and printed. The date defaults to today, or the project's end if it is over.
 */
export function ProjectFollowUpPage({ project }: { project: ProjectData }) {
  const params = new URLSearchParams(useSearch());
  const [chosenDate, setDate] = useDateParam();
  const asOf = chosenDate ?? minIsoDate(todayIso(), project.endDate);
  const yearParam = params.get("aar");
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;
  const { data, previousData, error, loading } = useFollowUp(project.id, asOf, year);
  // While another date loads, the previous report stays on screen (marked busy) instead of a spinner.
  const followUpProject = (data ?? previousData)?.project;
  const [budget, selectBudget] = useSelectedBudget(followUpProject?.budgets ?? []);
  const [unit, setUnit] = useMoneyUnit();
  const dateId = useId();
  const yearId = useId();
  const drivenLines = (budget?.lines ?? [])
    .filter((l): l is typeof l & { driver: NonNullable<typeof l.driver> } => l.driver !== null)
    .sort((a, b) => a.sortOrder - b.sortOrder);

  return (
    <>
      <h2>Budgetopfølgning</h2>
      <p className="print-only">
        {project.name}
        {budget ? ` · ${budget.name}` : ""} · pr. {formatDateDa(asOf)} · udskrevet {formatDateDa(todayIso())}
      </p>
      <div className="follow-up-controls d-print-none">
        <div className="form-group">
          <label className="form-label" htmlFor={dateId}>
            Opfølgningsdato
          </label>
          <span className="form-hint" id={`${dateId}-hint`}>
            Forbrug og aktivitet til og med datoen
          </span>
          <input
            type="date"
            className="form-input"
            id={dateId}
            value={asOf}
            min={project.startDate}
            aria-describedby={`${dateId}-hint`}
            onChange={(e) => {
              if (ISO_DATE.test(e.target.value)) setDate(e.target.value);
            }}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={yearId}>
            Periode
          </label>
          <select className="form-select" id={yearId} value={year ?? ""} onChange={(e) => setSearchParam("aar", e.target.value || null)}>
            <option value="">Hele budgettet</option>
            {(budget?.years ?? []).map((y) => (
              <option key={y} value={y}>
                Budgetåret {y}
              </option>
            ))}
          </select>
        </div>
        <UnitToggle value={unit} onChange={setUnit} />
      </div>

      {error && !followUpProject ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !followUpProject ? (
        <Loading />
      ) : !budget ? (
        <p>Projektet har ikke et budget endnu.</p>
      ) : (
        <>
          <BudgetPicker budgets={followUpProject.budgets} selectedId={budget.id} onSelect={selectBudget} />
          <div className="button-row d-print-none">
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              <Icon name="print" />
              Udskriv
            </button>
            <a className="button button-secondary" href={paths.followUpExport(budget.id, budget.followUp.asOf, year)} download>
              <Icon name="file-excel" />
              Hent som Excel (.xlsx)
            </a>
          </div>
          {error ? <ErrorAlert message={errorMessage(error)} /> : null}
          <div aria-busy={loading}>
            <FollowUpReport followUp={budget.followUp} unit={unit} />
          </div>
          {rolesAllow(project.myRoles, "activity.record") && drivenLines.length > 0 ? (
            <section className="record-activity d-print-none" aria-labelledby="record-activity-heading">
              <h3 id="record-activity-heading">Registrér aktivitet</h3>
              <p>
                Leveret aktivitet på linjer, der betaler for en målbar aktivitet (fx lægekonsulentens timer). Den indgår i aktivitet % og i det forventede
                forbrug.
              </p>
              <RecordActivityForm lines={drivenLines} defaultDate={asOf} />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
