import type { BudgetSide, Ore } from "@overblik/domain";
import { Fragment, type ReactNode } from "react";
import { formatAmountCell, formatSignedAmountCell, type MoneyUnit } from "../../../ui/format";
import { activitySourceLabel } from "../activity-source";
import { describeDriver, groupByCategory, type PlannerLine, type SideTotals } from "../planner-view";
import { BudgetSideSection } from "./budget-side-section";

type Column = { key: string; label: string; corrected: (line: PlannerLine) => Ore; original: (line: PlannerLine) => Ore | null };

/** The corrected amount; when it differs from the original, the change under it in words and figures. */
function CorrectedCell({ corrected, original, unit, strong = false }: { corrected: Ore; original: Ore | null; unit: MoneyUnit; strong?: boolean }) {
  const delta = original === null ? 0n : corrected - original;
  return (
    <td className={`amount${corrected < 0n ? " amount--negative" : ""}${strong || delta !== 0n ? " weight-semibold" : ""}`}>
      {formatAmountCell(corrected, unit)}
      {delta !== 0n ? (
        <span className="amount-delta">
          <span className="sr-only">ændret </span>
          {formatSignedAmountCell(delta, unit)}
        </span>
      ) : null}
    </td>
  );
}

function PlainCell({ ore, unit, strong = false }: { ore: Ore | null; unit: MoneyUnit; strong?: boolean }) {
  if (ore === null) return <td className="amount">–</td>;
  return <td className={`amount${ore < 0n ? " amount--negative" : ""}${strong ? " weight-semibold" : ""}`}>{formatAmountCell(ore, unit)}</td>;
}

/**
 * One side of the budget with the original budget (as approved) and the corrected one (with every
 * applied adjustment) per year, the activity a line pays for and where it comes from, and the
 * line's own actions.
 */
export function PlannerSideTable({
  title,
  side,
  lines,
  years,
  onlyYear = null,
  totals,
  originalTotals,
  unit,
  renderLineActions,
}: {
  title: string;
  side: BudgetSide;
  lines: readonly PlannerLine[];
  years: readonly number[];
  /** Show only this year's columns (a multi-year budget is wide); null shows every year and "I alt". */
  onlyYear?: number | null;
  totals: SideTotals;
  originalTotals: SideTotals | null;
  unit: MoneyUnit;
  renderLineActions?: (line: PlannerLine) => ReactNode;
}) {
  const hasOriginal = originalTotals !== null;
  const multiYear = years.length > 1 && onlyYear === null;
  const shownYears = onlyYear === null ? years : years.filter((y) => y === onlyYear);
  const withDriver = lines.some((l) => l.driver !== null);
  const unitLabel = unit === "kr" ? "kr." : "t.kr.";
  const pick = side === "INCOME" ? "income" : "expense";

  const columns: Column[] = shownYears.map((year) => ({
    key: String(year),
    label: String(year),
    corrected: (l) => l.amounts.get(year) ?? 0n,
    original: (l) => l.original?.get(year) ?? null,
  }));
  if (multiYear) columns.push({ key: "total", label: "I alt", corrected: (l) => l.total, original: (l) => l.originalTotal });
  const perColumn = hasOriginal ? 2 : 1;
  const withActions = renderLineActions !== undefined;
  const width = (withDriver ? 2 : 1) + columns.length * perColumn + (withActions ? 1 : 0);

  const totalFor = (key: string, which: SideTotals | null): Ore | null => {
    if (!which) return null;
    if (key === "total") return which[pick];
    return which.years.get(Number(key))?.[pick] ?? 0n;
  };

  return (
    <BudgetSideSection title={title} empty={lines.length === 0} className="budget-side" tableClassName="planner-table">
      <colgroup>
        <col />
        {withDriver ? <col /> : null}
      </colgroup>
      {columns.map((c) => (
        <colgroup key={c.key} span={perColumn} />
      ))}
      <thead>
        <tr>
          <th scope="col" rowSpan={hasOriginal ? 2 : 1}>
            Linje
          </th>
          {withDriver ? (
            <th scope="col" rowSpan={hasOriginal ? 2 : 1}>
              Aktivitet
            </th>
          ) : null}
          {columns.map((c) =>
            hasOriginal ? (
              <th key={c.key} scope="colgroup" colSpan={2} className="amount year-group">
                {c.label}
                <span className="amount-unit"> ({unitLabel})</span>
              </th>
            ) : (
              <th key={c.key} scope="col" className="amount">
                {c.label}
                <span className="amount-unit"> ({unitLabel})</span>
              </th>
            ),
          )}
          {withActions ? (
            <th scope="col" rowSpan={hasOriginal ? 2 : 1} className="d-print-none">
              <span className="sr-only">Handlinger</span>
            </th>
          ) : null}
        </tr>
        {hasOriginal ? (
          <tr>
            {columns.map((c) => (
              <Fragment key={c.key}>
                <th scope="col" className="amount sub-header">
                  Oprindeligt
                </th>
                <th scope="col" className="amount sub-header">
                  Korrigeret
                </th>
              </Fragment>
            ))}
          </tr>
        ) : null}
      </thead>
      {groupByCategory(lines).map((group) => (
        <tbody key={group.category ?? ""}>
          {group.category ? (
            <tr className="category-row">
              <th scope="rowgroup" colSpan={width}>
                {group.category}
              </th>
            </tr>
          ) : null}
          {group.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row" className="line-name">
                <span className="line-title">{line.name}</span>
                {line.note ? <span className="line-meta">{line.note}</span> : null}
              </th>
              {withDriver ? (
                <td className="driver-cell">
                  {line.driver ? (
                    <>
                      {describeDriver(line.driver)}
                      <span className="line-meta">Kilde: {activitySourceLabel(line.activitySource)}</span>
                    </>
                  ) : (
                    <span className="line-meta-inline">–</span>
                  )}
                </td>
              ) : null}
              {columns.map((c) =>
                hasOriginal ? (
                  <Fragment key={c.key}>
                    <PlainCell ore={c.original(line)} unit={unit} />
                    <CorrectedCell corrected={c.corrected(line)} original={c.original(line)} unit={unit} strong={c.key === "total"} />
                  </Fragment>
                ) : (
                  <PlainCell key={c.key} ore={c.corrected(line)} unit={unit} strong={c.key === "total"} />
                ),
              )}
              {withActions ? <td className="line-actions d-print-none">{renderLineActions(line)}</td> : null}
            </tr>
          ))}
        </tbody>
      ))}
      <tfoot>
        <tr className="total-row">
          <th scope="row" colSpan={withDriver ? 2 : 1}>
            I alt {title.toLowerCase()}
          </th>
          {columns.map((c) =>
            hasOriginal ? (
              <Fragment key={c.key}>
                <PlainCell ore={totalFor(c.key, originalTotals)} unit={unit} strong />
                <CorrectedCell corrected={totalFor(c.key, totals) ?? 0n} original={totalFor(c.key, originalTotals)} unit={unit} strong />
              </Fragment>
            ) : (
              <PlainCell key={c.key} ore={totalFor(c.key, totals)} unit={unit} strong />
            ),
          )}
          {withActions ? <td className="d-print-none" /> : null}
        </tr>
      </tfoot>
    </BudgetSideSection>
  );
}
