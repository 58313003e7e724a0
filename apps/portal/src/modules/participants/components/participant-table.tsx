import type { ParticipantListItemFragment } from "@overblik/graphql-client";
import { formatInteger } from "../../../ui/format";
import { Link } from "../../../ui/navigation";
import { ageGroupLabel, GENDER_LABELS, originLabel } from "../participant-labels";
import { participantPaths } from "../participant-paths";
import { ColourTag } from "./colour-tag";
import { ScrollRegion } from "../../../ui/scroll-region";
import { useDateLink } from "../../../ui/date-param";

/** One page of citizens, known by their code; name and CPR number are never in a list. */
export function ParticipantTable({
  projectId,
  participants,
  caption,
}: {
  projectId: string;
  participants: readonly ParticipantListItemFragment[];
  caption: string;
}) {
  // A citizen opened from here shows the same date (?dato=) as this page.
  const dated = useDateLink();
  return (
    <ScrollRegion label="Borgere">
      <table className="table table--compact participant-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Kode</th>
            <th scope="col">Kommune</th>
            <th scope="col">Køn</th>
            <th scope="col">Aldersgruppe</th>
            <th scope="col">Herkomst</th>
            <th scope="col" className="amount">
              Måneder på ydelse
            </th>
            <th scope="col">Farve</th>
            <th scope="col">Sagsbehandler</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <tr key={p.id}>
              <th scope="row" className="participant-code">
                <Link to={dated(participantPaths.participant(projectId, p.id))}>{p.code}</Link>
              </th>
              <td>{p.municipality}</td>
              <td>{GENDER_LABELS[p.gender]}</td>
              <td className="nowrap">{ageGroupLabel(p.ageGroup)}</td>
              <td>{originLabel(p.origin)}</td>
              <td className="amount">{formatInteger(p.monthsOnBenefit)}</td>
              <td>
                <ColourTag colour={p.colour} />
              </td>
              <td>{p.caseworker?.name ?? <span className="line-meta-inline">Ingen</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
