import type { Ore } from "@overblik/domain";
import type { BudgetSide } from "@overblik/graphql-client";
import { formatAmountCell, formatKrPlain, formatPercent, formatQuantityText, toOre, type MoneyUnit } from "../../../ui/format";
import { FORECAST_METHOD_LABELS, type FollowUpLineData, type FollowUpTotalsData } from "../follow-up-view";
import { RagBadge } from "./rag-badge";
import { BudgetSideSection } from "../../budget/components/budget-side-section";

function Money({ value, unit, strong = false }: { value: string | null; unit: MoneyUnit; strong?: boolean }) {
  if (value === null) return <td className="amount">–</td>;
  const ore: Ore = toOre(value);
  return <td className={`amount${ore < 0n ? " amount--negative" : ""}${strong ? " weight-semibold" : ""}`}>{formatAmountCell(ore, unit)}</td>;
}

function Activity({ line }: { line: FollowUpLineData }) {
  if (line.activityPercent === null || !line.driverUnit) return <td className="amount">–</td>;
  return (
    <td className="amount">
      {formatPercent(line.activityPercent)}
      <span className="line-meta">
        {formatQuantityText(line.deliveredQuantity)} af {formatQuantityText(line.plannedQuantity, line.driverUnit)}
      </span>
    </td>
  );
}

function UnitCost({ line }: { line: FollowUpLineData }) {
  if (!line.driverUnit) return <td className="amount">–</td>;
  const planned = line.plannedUnitCost === null ? "–" : formatKrPlain(toOre(line.plannedUnitCost));
  const actual = line.actualUnitCost === null ? "–" : formatKrPlain(toOre(line.actualUnitCost));
  return (
    <td className="amount">
      {planned}
      <span className="line-meta">faktisk {actual}</span>
    </td>
  );
}

/**
 * One side of the follow-up. The table is the source of truth (the chart only repeats it): every
 * line's original and corrected budget, spend, rest, spend against activity, unit costs, burn rate,
 * forecast with how it was computed, deviation, and the status with the rule that set it.
 */
export function FollowUpTable({
  title,
  side,
  lines,
  totals,
  unit,
}: {
  title: string;
  side: BudgetSide;
  lines: readonly FollowUpLineData[];
  totals: FollowUpTotalsData;
  unit: MoneyUnit;
}) {
  const income = side === "INCOME";
  const driven = lines.some((l) => l.driverUnit !== null);
  const unitLabel = unit === "kr" ? "kr." : "t.kr.";
  const spentWord = income ? "Modtaget" : "Forbrug";
  const moneyHeader = (label: string) => (
    <th scope="col" className="amount">
      {label}
      <span className="amount-unit"> ({unitLabel})</span>
    </th>
  );

  return (
    <BudgetSideSection title={title} empty={lines.length === 0} className="follow-up-side" tableClassName="follow-up-table">
      <thead>
        <tr>
          <th scope="col">Linje</th>
          {moneyHeader("Oprindeligt")}
          {moneyHeader("Korrigeret")}
          {moneyHeader(spentWord)}
          {moneyHeader("Rest")}
          <th scope="col" className="amount">
            {spentWord} %
          </th>
          {driven ? (
            <>
              <th scope="col" className="amount">
                Aktivitet %
              </th>
              <th scope="col" className="amount">
                Enhedspris (kr.)
                <span className="amount-unit">planlagt / faktisk</span>
              </th>
            </>
          ) : null}
          {moneyHeader(`${spentWord} pr. måned`)}
          {moneyHeader("Forventet")}
          {moneyHeader("Afvigelse")}
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.lineId}>
            <th scope="row" className="line-name">
              <span className="line-title">{line.name}</span>
              {line.category ? <span className="line-meta">{line.category}</span> : null}
            </th>
            <Money value={line.original} unit={unit} />
            <Money value={line.corrected} unit={unit} />
            <Money value={line.spent} unit={unit} />
            <Money value={line.rest} unit={unit} />
            <td className="amount">{formatPercent(line.spentPercent)}</td>
            {driven ? (
              <>
                <Activity line={line} />
                <UnitCost line={line} />
              </>
            ) : null}
            <Money value={line.burnRatePerMonth} unit={unit} />
            <td className="amount forecast-cell">
              {formatAmountCell(toOre(line.forecast), unit)}
              <span className="line-meta">{FORECAST_METHOD_LABELS[line.forecastMethod]}</span>
              <details className="details forecast-details">
                <summary className="details-summary">
                  <span className="details-summary-text">Beregning</span>
                  <span className="sr-only"> af forventet for {line.name}</span>
                </summary>
                <div className="details-text">{line.forecastExplanation}</div>
              </details>
            </td>
            <Money value={line.deviation} unit={unit} />
            <td className="status-cell">
              <RagBadge rag={line.rag} />
              <span className="line-meta rag-reason">{line.ragReason}</span>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="total-row">
          <th scope="row">I alt {title.toLowerCase()}</th>
          <Money value={totals.original} unit={unit} strong />
          <Money value={totals.corrected} unit={unit} strong />
          <Money value={totals.spent} unit={unit} strong />
          <Money value={totals.rest} unit={unit} strong />
          <td className="amount">{formatPercent(totals.spentPercent)}</td>
          {driven ? (
            <>
              <td />
              <td />
            </>
          ) : null}
          <td />
          <Money value={totals.forecast} unit={unit} strong />
          <Money value={totals.deviation} unit={unit} strong />
          <td className="status-cell">
            <RagBadge rag={totals.rag} />
            {totals.rag !== "NONE" ? <span className="line-meta rag-reason">{totals.ragReason}</span> : null}
          </td>
        </tr>
      </tfoot>
    </BudgetSideSection>
  );
}
