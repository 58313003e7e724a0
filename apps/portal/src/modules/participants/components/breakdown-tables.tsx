import type { StatisticsBreakdownFragment } from "@overblik/graphql-client";
import { formatInteger } from "../../../ui/format";
import { NOT_SCREENED_LABEL } from "../participant-labels";
import { ScrollRegion } from "../../../ui/scroll-region";

type Cell = StatisticsBreakdownFragment["cells"][number];

/** A cell as shown: the count (rounded by the API for the styregruppe), or "<5" for a small count. */
export function cellText(cell: Cell): string {
  if (cell.count !== null) return formatInteger(cell.count);
  return cell.display;
}

/** The API calls a missing value "Uoplyst"; for the colour group that means not yet screened. */
export function cellLabel(dimension: string, cell: Cell): string {
  return dimension === "COLOUR" && cell.key === "UOPLYST" ? NOT_SCREENED_LABEL : cell.label;
}

/** The cells' sum when none is hidden, else null. */
function visibleSum(cells: readonly Cell[]): number | null {
  return cells.every((c) => c.count !== null) ? cells.reduce((n, c) => n + (c.count ?? 0), 0) : null;
}

/**
 * One small table per dimension (kommune, køn, alder …). Where the cells do not add up to the
 * total, the table says so: real target-group data are not always consistent.
 */
export function BreakdownTables({
  breakdowns,
  total,
  headingLevel = 3,
  skip = [],
}: {
  breakdowns: readonly StatisticsBreakdownFragment[];
  /** The number of citizens, when it is shown exactly; used to say that a breakdown does not add up (rounded figures need not). */
  total: number | null;
  headingLevel?: 3 | 4;
  skip?: readonly string[];
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="breakdown-tables">
      {breakdowns
        .filter((b) => !skip.includes(b.dimension))
        .map((b) => {
          const sum = visibleSum(b.cells);
          const mismatch = total !== null && sum !== null && sum !== total;
          return (
            <section key={b.dimension} aria-labelledby={`breakdown-${b.dimension}`}>
              <Heading id={`breakdown-${b.dimension}`} className="h5">
                {b.label}
              </Heading>
              <ScrollRegion label={`Antal borgere fordelt på ${b.label.toLowerCase()}`}>
                <table className="table table--compact breakdown-table">
                  <caption className="sr-only">Antal borgere fordelt på {b.label.toLowerCase()}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{b.label}</th>
                      <th scope="col" className="amount">
                        Antal
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {b.cells.map((c) => (
                      <tr key={c.key}>
                        <th scope="row">{cellLabel(b.dimension, c)}</th>
                        <td className={`amount${c.count === null ? " cell-hidden" : ""}`}>{cellText(c)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
              {mismatch ? (
                <p className="line-meta">
                  Summen ({formatInteger(sum)}) er ikke det samlede antal ({formatInteger(total)}).
                </p>
              ) : null}
            </section>
          );
        })}
    </div>
  );
}
