import type { Ore } from "@overblik/domain";
import { useId } from "react";
import { Alert } from "../../../ui/alert";
import { formatAmount, type MoneyUnit } from "../../../ui/format";
import type { BudgetView } from "../budget-view";
import { ScrollRegion } from "../../../ui/scroll-region";

function AmountWithUnit({ ore, unit, strong = false }: { ore: Ore; unit: MoneyUnit; strong?: boolean }) {
  return <td className={`amount${ore < 0n ? " amount--negative" : ""}${strong ? " weight-semibold" : ""}`}>{formatAmount(ore, unit)}</td>;
}

/** "Udgifterne er 200.000 kr. større end indtægterne" – the difference said in words, not only as a sign. */
function describeDifference(difference: Ore, unit: MoneyUnit): string {
  if (difference < 0n) return `udgifterne er ${formatAmount(-difference, unit)} større end indtægterne`;
  return `indtægterne er ${formatAmount(difference, unit)} større end udgifterne`;
}

/**
 * Indtægter, udgifter and their difference per year and in all. The balance is shown, never
 * forced: a budget out of balance is information for the steering group, not an error.
 */
export function BalanceSummary({ budget, unit }: { budget: BudgetView; unit: MoneyUnit }) {
  const headingId = useId();
  const { totals, years } = budget;
  const multiYear = years.length > 1;
  const unbalancedYears = totals.years.filter((y) => !y.balanced);
  const rows: Array<{ label: string; pick: (t: { income: Ore; expense: Ore; difference: Ore }) => Ore }> = [
    { label: "Indtægter", pick: (t) => t.income },
    { label: "Udgifter", pick: (t) => t.expense },
    { label: "Difference (indtægter minus udgifter)", pick: (t) => t.difference },
  ];

  return (
    <section className="balance-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>Balance</h3>
      {totals.balanced ? (
        <Alert variant="success" headingLevel={4} heading="Budgettet er i balance: indtægter og udgifter er lige store." />
      ) : (
        <Alert variant="info" headingLevel={4} heading="Budgettet er ikke i balance">
          {multiYear && unbalancedYears.length > 0 ? (
            <>
              <p className="m-0">Ikke i balance i {unbalancedYears.map((y) => y.year).join(", ")}:</p>
              <ul className="m-0">
                {unbalancedYears.map((y) => (
                  <li key={y.year}>
                    {y.year}: {describeDifference(y.difference, unit)} (difference {formatAmount(y.difference, unit)}).
                  </li>
                ))}
              </ul>
              <p className="m-0">
                I alt: {describeDifference(totals.difference, unit)} (difference {formatAmount(totals.difference, unit)}).
              </p>
            </>
          ) : (
            <p className="m-0">
              {years.length === 1 ? `${years[0]}: ` : ""}
              {describeDifference(totals.difference, unit)} (difference {formatAmount(totals.difference, unit)}).
            </p>
          )}
          <p className="m-0 mt-2">Balancen vises til orientering; Overblik kræver den ikke.</p>
        </Alert>
      )}
      <ScrollRegion labelledBy={headingId}>
        <table className="table table--compact balance-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">Post</span>
              </th>
              {years.map((year) => (
                <th scope="col" className="amount" key={year}>
                  {year}
                </th>
              ))}
              {multiYear ? (
                <th scope="col" className="amount">
                  I alt
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {totals.years.map((y) => (
                  <AmountWithUnit key={y.year} ore={row.pick(y)} unit={unit} />
                ))}
                {multiYear ? <AmountWithUnit ore={row.pick(totals)} unit={unit} strong /> : null}
              </tr>
            ))}
            <tr>
              <th scope="row">Status</th>
              {totals.years.map((y) => (
                <td key={y.year} className="amount">
                  {y.balanced ? "I balance" : "Ikke i balance"}
                </td>
              ))}
              {multiYear ? <td className="amount weight-semibold">{totals.balanced ? "I balance" : "Ikke i balance"}</td> : null}
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
