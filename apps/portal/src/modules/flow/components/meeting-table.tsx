import type { FlowMeetingFragment } from "@overblik/graphql-client";
import { formatIsoWeek } from "@overblik/domain";
import type { ReactNode } from "react";
import { formatDateDa } from "../../../ui/format";
import { Link } from "../../../ui/navigation";
import { competenceLabel } from "../flow-labels";
import { flowPaths } from "../flow-paths";
import { MeetingStatus } from "./meeting-status";
import { ScrollRegion } from "../../../ui/scroll-region";

/** The project's team meetings in date order: status, how full the agenda is, and the competences it calls for. */
export function MeetingTable({
  projectId,
  meetings,
  actions,
}: {
  projectId: string;
  meetings: readonly FlowMeetingFragment[];
  /** The controls for one meeting (moving, cancelling), for the one who plans the meetings. */
  actions?: (meeting: FlowMeetingFragment) => ReactNode;
}) {
  return (
    <ScrollRegion label="Teammøder">
      <table className="table table--compact flow-table meeting-table">
        <caption className="sr-only">Teammøderne i datoorden</caption>
        <thead>
          <tr>
            <th scope="col">Dato</th>
            <th scope="col">Uge</th>
            <th scope="col">Status</th>
            <th scope="col" className="amount">
              På dagsordenen
            </th>
            <th scope="col">Kompetencer, der kaldes på</th>
            {actions ? (
              <th scope="col">
                <span className="sr-only">Handlinger</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => {
            const full = m.items.length >= m.maxItems;
            return (
              <tr key={m.id}>
                <th scope="row" className="nowrap">
                  <Link to={flowPaths.meeting(projectId, m.id)}>{formatDateDa(m.date)}</Link>
                </th>
                <td className="nowrap">{formatIsoWeek(m.date)}</td>
                <td>
                  <MeetingStatus status={m.status} />
                  {m.status === "CANCELLED" && m.cancelReason ? <span className="line-meta">Begrundelse: {m.cancelReason}</span> : null}
                  {m.plannedDate && m.plannedDate !== m.date ? <span className="line-meta">Flyttet fra {formatDateDa(m.plannedDate)}</span> : null}
                </td>
                <td className="amount">
                  {m.items.length}/{m.maxItems}
                  <span className="sr-only"> borgere</span>
                  {full && m.status === "PLANNED" ? <span className="line-meta">fuld</span> : null}
                </td>
                <td>{m.neededCompetences.map(competenceLabel).join(", ")}</td>
                {actions ? <td className="nowrap">{actions(m)}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
