import type { FlowCapacityQuery } from "@overblik/graphql-client";
import { formatDateDa } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import { ScrollRegion } from "../../../ui/scroll-region";

type Week = NonNullable<FlowCapacityQuery["project"]["conversationPace"]>["weeks"][number];

/** The chart's figures: each ISO week's held conversations against what the plan required by its end. */
export function PaceTable({ weeks }: { weeks: readonly Week[] }) {
  return (
    <>
      <h4>Uge for uge</h4>
      <ScrollRegion label="Tempoet uge for uge">
        <table className="table table--compact flow-table pace-table">
          <caption className="sr-only">Indledende samtaler pr. ISO-uge mod planen</caption>
          <thead>
            <tr>
              <th scope="col">Uge</th>
              <th scope="col">Mandag</th>
              <th scope="col" className="amount">
                Holdt i ugen
              </th>
              <th scope="col" className="amount">
                Holdt i alt
              </th>
              <th scope="col" className="amount">
                Krævet i alt
              </th>
              <th scope="col">Følger planen</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row" className="nowrap">
                  {w.week}
                </th>
                <td className="nowrap">{formatDateDa(w.weekStart)}</td>
                <td className="amount">{w.done}</td>
                <td className="amount">{w.cumulative}</td>
                <td className="amount">{w.required}</td>
                <td>
                  <span className="status-badge">
                    <Icon name={w.onTrack ? "check" : "warning"} />
                    {w.onTrack ? "Ja" : `Nej, ${w.required - w.cumulative} bagud`}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
