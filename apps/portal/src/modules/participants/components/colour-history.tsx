import type { ParticipantColourHistoryFragment } from "@overblik/graphql-client";
import { formatTimestamp } from "../participant-labels";
import { ColourTag } from "./colour-tag";
import { ScrollRegion } from "../../../ui/scroll-region";

/** Every colour change with who, when and why, newest first (the screening is the baseline). */
export function ColourHistory({ history }: { history: ParticipantColourHistoryFragment["colourHistory"] }) {
  if (history.length === 0) return <p>Borgeren er ikke screenet endnu.</p>;
  return (
    <ScrollRegion label="Farvehistorik" className="colour-history">
      <table className="table table--compact">
        <caption className="sr-only">Farvehistorik, nyeste først</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Farveskift</th>
            <th scope="col">Begrundelse</th>
            <th scope="col">Af</th>
          </tr>
        </thead>
        <tbody>
          {history.map((change, i) => (
            <tr key={`${change.changedAt}-${i}`}>
              <th scope="row" className="nowrap">
                {formatTimestamp(change.changedAt)}
              </th>
              <td>
                <span className="colour-change">
                  <ColourTag colour={change.from} />
                  <span aria-hidden="true">→</span>
                  <span className="sr-only">til</span>
                  <ColourTag colour={change.to} />
                </span>
              </td>
              <td>{change.reason}</td>
              <td>{change.changedBy?.name ?? "Systemet"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
