import { useId, useMemo } from "react";
import { BUDGET_STATUS_LABELS, toBudgetView, type BudgetData } from "../budget-view";
import { useMoneyUnit } from "../hooks/use-money-unit";
import { BalanceSummary } from "./balance-summary";
import { BudgetSideTable } from "./budget-side-table";
import { ExpenseChart } from "./expense-chart";
import { UnitToggle } from "./unit-toggle";

/** One budget: its facts, the unit toggle, income and expense tables, balance and a chart. */
export function BudgetSection({ budget }: { budget: BudgetData }) {
  const view = useMemo(() => toBudgetView(budget), [budget]);
  const [unit, setUnit] = useMoneyUnit();
  const headingId = useId();
  const { years, totals } = view;

  return (
    <section className="budget-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{view.name}</h2>
      <ul className="budget-facts inline-list">
        {view.priceLevelYear !== null ? <li>Pris- og lønniveau: {view.priceLevelYear}-p/l</li> : null}
        <li>Budgetår: {years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years[0]}</li>
        <li>Status: {BUDGET_STATUS_LABELS[view.status]}</li>
      </ul>
      {view.note ? <p className="budget-note">{view.note}</p> : null}

      <UnitToggle value={unit} onChange={setUnit} />

      <BudgetSideTable
        title="Indtægter"
        totalLabel="I alt indtægter"
        emptyText="Ingen indtægtslinjer i budgettet."
        lines={view.income}
        years={years}
        yearTotals={totals.years.map((y) => y.income)}
        total={totals.income}
        unit={unit}
      />
      <BudgetSideTable
        title="Udgifter"
        totalLabel="I alt udgifter"
        emptyText="Ingen udgiftslinjer i budgettet."
        lines={view.expense}
        years={years}
        yearTotals={totals.years.map((y) => y.expense)}
        total={totals.expense}
        unit={unit}
      />
      <ExpenseChart lines={view.expense} unit={unit} />
      <BalanceSummary budget={view} unit={unit} />
    </section>
  );
}
