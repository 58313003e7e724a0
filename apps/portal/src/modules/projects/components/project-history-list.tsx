import type { ProjectSetupQuery } from "@overblik/graphql-client";
import { formatDateTimeDa } from "../../../ui/format";
import { ScrollRegion } from "../../../ui/scroll-region";

type History = NonNullable<ProjectSetupQuery["project"]>["history"];

/** The basics' history, newest first: who, when, and each field before → after. */
export function ProjectHistoryList({ history }: { history: History }) {
  if (history.length === 0) return <p>Ingen ændringer endnu.</p>;
  return (
    <ScrollRegion label="Ændringer af stamdata">
      <table className="table table--compact">
        <caption className="sr-only">Ændringer af stamdata</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Af</th>
            <th scope="col">Felt</th>
            <th scope="col">Før</th>
            <th scope="col">Efter</th>
          </tr>
        </thead>
        <tbody>
          {history.flatMap((entry) =>
            entry.changes.map((change, i) => (
              <tr key={`${entry.id}-${change.field}`}>
                <td>{i === 0 ? formatDateTimeDa(entry.changedAt) : ""}</td>
                <td>{i === 0 ? entry.changedBy : ""}</td>
                <th scope="row">{change.label}</th>
                <td>{change.before ?? "–"}</td>
                <td>{change.after ?? "–"}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
