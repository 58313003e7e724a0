import type { ReactNode } from "react";
import type { FlowPlanItemFragment } from "@overblik/graphql-client";
import { toHundredths } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import { areaLabel, planStatusLabel } from "../flow-labels";
import { formatMonthLong, formatMonthPeriod, formatMonthShort, formatUnits, planMonths } from "../flow-view";
import { ScrollRegion } from "../../../ui/scroll-region";

/** The plan item's status as a tag with its name: the grid's fill repeats it, never replaces it. */
export function PlanStatusTag({ status }: { status: string }) {
  return <span className={`badge plan-status plan-status--${status.toLowerCase()}`}>{planStatusLabel(status)}</span>;
}

/**
 * The action plan month by month: a row per intervention, a column per month from the earliest
 * start to the latest end, the months an intervention runs filled (with its status's pattern).
 * Several interventions can run in parallel.
 */
export function ActionPlanGrid({
  items,
  actions,
}: {
  items: readonly FlowPlanItemFragment[];
  /** The row's controls, under its name (kept in the first column, which does not scroll away). */
  actions?: (item: FlowPlanItemFragment) => ReactNode;
}) {
  const months = planMonths(items);
  return (
    <ScrollRegion label="Indsatsplanen måned for måned" className="action-plan-scroll">
      <table className="table table--compact action-plan-grid">
        <caption className="sr-only">
          Indsatsplanen måned for måned, {formatMonthPeriod(months[0] ?? "", months[months.length - 1] ?? "")}: en række pr. indsats, udfyldt i de måneder,
          indsatsen løber
        </caption>
        <thead>
          <tr>
            <th scope="col" className="plan-item-col">
              Indsats
            </th>
            {months.map((month, i) => (
              <th scope="col" key={month} className="plan-month">
                <abbr title={formatMonthLong(month)}>{formatMonthShort(month)}</abbr>
                {i === 0 || month.endsWith("-01") ? <span className="plan-month-year">{month.slice(0, 4)}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="plan-item-col">
                <span className="line-title">{item.intervention.name}</span>
                <span className="line-meta">
                  {areaLabel(item.intervention.area)} · {item.responsibleUnit} · {formatMonthPeriod(item.startMonth, item.endMonth)}
                </span>
                <span className="line-meta">Leveret: {formatUnits(toHundredths(item.unitsDelivered) ?? 0n, item.intervention.unit)}</span>
                <span className="plan-item-tags">
                  <PlanStatusTag status={item.status} />
                  {item.jobOrEducationAim ? (
                    <span className="badge plan-aim">
                      <Icon name="check" />
                      Job- eller uddannelsesmål
                    </span>
                  ) : null}
                </span>
                {actions ? <span className="plan-item-actions d-print-none">{actions(item)}</span> : null}
              </th>
              {months.map((month) => {
                const active = month >= item.startMonth && month <= item.endMonth;
                return active ? (
                  <td key={month} className={`plan-cell plan-cell--active plan-fill--${item.status.toLowerCase()}`}>
                    <span className="sr-only">
                      {planStatusLabel(item.status)} i {formatMonthLong(month)}
                    </span>
                  </td>
                ) : (
                  <td key={month} className="plan-cell">
                    <span className="sr-only">Ikke i {formatMonthLong(month)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** What the fills mean: each status has its own pattern as well as its colour. */
export function ActionPlanLegend() {
  return (
    <ul className="chart-legend plan-legend no-max-width" aria-label="Signaturforklaring">
      {(["PLANNED", "IN_PROGRESS", "INTERRUPTED", "COMPLETED"] as const).map((status) => (
        <li key={status}>
          <span className={`plan-legend-swatch plan-fill--${status.toLowerCase()}`} aria-hidden="true" />
          {planStatusLabel(status)}
        </li>
      ))}
    </ul>
  );
}
