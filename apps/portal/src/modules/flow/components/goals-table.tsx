import { DISCLOSURE_FOOTNOTE } from "@overblik/domain";
import type { FlowCapacityQuery } from "@overblik/graphql-client";
import { formatDateDa, formatPercent } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import { ScrollRegion } from "../../../ui/scroll-region";

const points = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 1 });
const counts = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });

type Goal = FlowCapacityQuery["project"]["goals"][number];

/** "12,5" (the API's Danish text) → 12.5, to compare with the target. */
function percentValue(text: string | null): number | null {
  if (text === null) return null;
  const n = Number(text.replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

/** Goal achievement: target against the actual share and the baseline; a hidden small count stays hidden ("<5"). */
export function GoalsTable({ goals }: { goals: readonly Goal[] }) {
  if (goals.length === 0) return <p>Projektet har ingen mål.</p>;
  const anyHidden = goals.some((g) => g.percent === null && g.display.startsWith("<"));
  return (
    <>
      <ScrollRegion label="Mål">
        <table className="table table--compact flow-table goals-table">
          <caption className="sr-only">Projektets mål: målet, udgangspunktet og andelen pr. datoen</caption>
          <thead>
            <tr>
              <th scope="col">Mål</th>
              <th scope="col" className="amount">
                Udgangspunkt
              </th>
              <th scope="col" className="amount">
                Mål
              </th>
              <th scope="col" className="amount">
                Nu
              </th>
              <th scope="col">Vurdering</th>
            </tr>
          </thead>
          <tbody>
            {goals.map((g) => {
              const actual = percentValue(g.percent);
              // A goal in a count of citizens compares the count; a goal in percent, the share.
              const byCount = g.targetCount !== null && g.targetCount !== undefined;
              const reached = byCount ? g.count !== null && g.count >= (g.targetCount ?? 0) : actual !== null && actual >= g.targetPercent;
              return (
                <tr key={g.id}>
                  <th scope="row">{g.name}</th>
                  <td className="amount">{formatPercent(g.baselinePercent)}</td>
                  <td className="amount">
                    {byCount ? `${counts.format(g.targetCount ?? 0)} borgere` : formatPercent(g.targetPercent)}
                    {g.targetDate ? <span className="line-meta">senest {formatDateDa(g.targetDate)}</span> : null}
                  </td>
                  <td className="amount">
                    {g.display}
                    <span className="line-meta">{g.count === null ? g.denominatorLabel : `${g.count} ${g.denominatorLabel}`}</span>
                  </td>
                  <td>
                    {actual === null ? (
                      <span className="line-meta-inline">Skjult: under 5 borgere</span>
                    ) : (
                      <span className="status-badge">
                        <Icon name={reached ? "check" : "hourglass"} />
                        {reached
                          ? "Målet er nået"
                          : byCount
                            ? `${counts.format((g.targetCount ?? 0) - (g.count ?? 0))} borgere fra målet`
                            : `${points.format(g.targetPercent - actual)} procentpoint fra målet`}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {anyHidden ? <p className="statistics-footnote">{DISCLOSURE_FOOTNOTE}</p> : null}
    </>
  );
}
