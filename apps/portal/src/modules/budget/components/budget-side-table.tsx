import type { Ore } from "@overblik/domain";
import { useId } from "react";
import type { MoneyUnit } from "../../../ui/format";
import type { LineView } from "../budget-view";
import { AmountCell, AmountHeader } from "./amount-cell";
import { ScrollRegion } from "../../../ui/scroll-region";

/**
 * One side of the budget ("Indtægter" or "Udgifter"): a row per line, a column per budget year,
 * "I alt" when there is more than one year, and a total row.
 */
export function BudgetSideTable({
  title,
  totalLabel,
  emptyText,
  lines,
  years,
  yearTotals,
  total,
  unit,
}: {
  title: string;
  totalLabel: string;
  emptyText: string;
  lines: readonly LineView[];
  years: readonly number[];
  yearTotals: readonly Ore[];
  total: Ore;
  unit: MoneyUnit;
}) {
  const headingId = useId();
  const multiYear = years.length > 1;

  return (
    <section className="budget-side" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {lines.length === 0 ? (
        <p className="empty-side">{emptyText}</p>
      ) : (
        <ScrollRegion labelledBy={headingId}>
          <table className="table table--compact budget-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Linje</th>
                {years.map((year) => (
                  <AmountHeader key={year} unit={unit}>
                    {String(year)}
                  </AmountHeader>
                ))}
                {multiYear ? <AmountHeader unit={unit}>I alt</AmountHeader> : null}
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id}>
                  <th scope="row" className="line-name">
                    <span className="line-title">{line.name}</span>
                    {line.category || line.note ? <span className="line-meta">{[line.category, line.note].filter(Boolean).join(" · ")}</span> : null}
                  </th>
                  {line.amounts.map((ore, i) => (
                    <AmountCell key={years[i]} ore={ore} unit={unit} />
                  ))}
                  {multiYear ? <AmountCell ore={line.total} unit={unit} strong /> : null}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="total-row">
                <th scope="row">{totalLabel}</th>
                {yearTotals.map((ore, i) => (
                  <AmountCell key={years[i]} ore={ore} unit={unit} strong />
                ))}
                {multiYear ? <AmountCell ore={total} unit={unit} strong /> : null}
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
