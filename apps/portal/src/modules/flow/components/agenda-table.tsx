import type { FlowMeetingFragment } from "@overblik/graphql-client";
import { Link } from "../../../ui/navigation";
import { themeLabel } from "../flow-labels";
import { ScrollRegion } from "../../../ui/scroll-region";
import { useDateLink } from "../../../ui/date-param";
import { participantPaths } from "../../participants/participant-paths";

/** The agenda: the citizens by code (never a name), the themes of their forms, and after the meeting, who came and what the team recommends. */
export function AgendaTable({
  projectId,
  meeting,
  linkToTimeline,
  highlight,
}: {
  projectId: string;
  meeting: FlowMeetingFragment;
  linkToTimeline: boolean;
  highlight: string | null;
}) {
  // A citizen opened from here shows the same date (?dato=) as this page.
  const dated = useDateLink();
  const held = meeting.status === "HELD";
  return (
    <ScrollRegion label="Dagsorden">
      <table className="table table--compact flow-table agenda-table">
        <caption className="sr-only">Dagsordenen i rækkefølge</caption>
        <thead>
          <tr>
            <th scope="col" className="amount">
              Nr.
            </th>
            <th scope="col">Borger</th>
            <th scope="col">Temaer</th>
            {held ? (
              <>
                <th scope="col">Fremmøde</th>
                <th scope="col">Teamets anbefalinger</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {meeting.items.map((item) => (
            <tr key={item.participantId} className={highlight === item.participantId ? "flow-row--changed" : undefined}>
              <td className="amount">{item.position}</td>
              <th scope="row" className="participant-code">
                {linkToTimeline ? (
                  <Link to={dated(participantPaths.participant(projectId, item.participantId))}>{item.participantCode}</Link>
                ) : (
                  item.participantCode
                )}
              </th>
              <td>{item.themes.length === 0 ? <span className="line-meta-inline">Intet skema</span> : item.themes.map(themeLabel).join(", ")}</td>
              {held ? (
                <>
                  <td>{item.present === null ? "–" : item.present ? "Mødte op" : "Mødte ikke op"}</td>
                  <td className="recommendations">{item.recommendations ?? "–"}</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
