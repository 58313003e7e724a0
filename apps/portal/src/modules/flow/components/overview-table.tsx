import { useDateLink } from "../../../ui/date-param";
import { Icon } from "../../../ui/icon";
import { Link } from "../../../ui/navigation";
import { ColourTag } from "../../participants/components/colour-tag";
import type { FlowOverviewRow } from "../hooks/use-flow";
import { asColour } from "../flow-labels";
import { ScrollRegion } from "../../../ui/scroll-region";
import { participantPaths } from "../../participants/participant-paths";

/** What is overdue, as a list: the warning icon and the words, never the colour alone. */
export function OverdueList({ overdue }: { overdue: readonly string[] }) {
  if (overdue.length === 0) return <span className="line-meta-inline">Intet</span>;
  return (
    <ul className="overdue-list">
      {overdue.map((text) => (
        <li key={text}>
          <Icon name="warning" label="Overskredet" className="overdue-icon" />
          <span>{text}</span>
        </li>
      ))}
    </ul>
  );
}

/** The tovholder's overview: one row per citizen, in the API's order (most urgent first). */
export function OverviewTable({ projectId, rows, caption }: { projectId: string; rows: readonly FlowOverviewRow[]; caption: string }) {
  // The overview's date goes along to the citizen's timeline (its dialogs start from it) and back.
  const dated = useDateLink();
  return (
    <ScrollRegion label="Tovholderens overblik">
      <table className="table table--compact flow-overview-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Kode</th>
            <th scope="col">Farve</th>
            <th scope="col">Fase</th>
            <th scope="col">Næste skridt</th>
            <th scope="col">Overskredet</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.participantId} className={row.overdue.length > 0 ? "overview-row--overdue" : undefined}>
              <th scope="row" className="participant-code">
                <Link to={dated(participantPaths.participant(projectId, row.participantId))}>{row.code}</Link>
              </th>
              <td>
                <ColourTag colour={asColour(row.colour)} />
              </td>
              <td className="nowrap">
                {row.stageLabel}
                {row.inTeamQueue ? <span className="line-meta">Venter på teamet{row.keepInTeamQueue ? " (holdes i køen)" : ""}</span> : null}
              </td>
              <td>{row.nextStep}</td>
              <td>
                <OverdueList overdue={row.overdue} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
