import { formatKrPlain } from "../../../ui/format";
import { ScrollRegion } from "../../../ui/scroll-region";

export interface YearTotalsRow {
  label: string;
  perYear: ReadonlyArray<{ year: number; value: bigint }>;
  total: bigint;
  /** Marks the row's cells `data-balance="<year>"` / `"total"`: the balance the page is about. */
  balance?: boolean;
}

/** Sums per budget year and in total (kr., no unit), one row per side or balance: the draft editor's and the import's. */
export function YearTotalsTable({ caption, years, rows }: { caption?: string; years: readonly number[]; rows: readonly YearTotalsRow[] }) {
  return (
    <ScrollRegion label={caption ?? "Beløb pr. budgetår"}>
      <table className="table table--compact">
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">Side</span>
            </th>
            {years.map((y) => (
              <th key={y} scope="col" className="text-align-right">
                {y}
              </th>
            ))}
            <th scope="col" className="text-align-right">
              I alt
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {r.perYear.map((y) => (
                <td key={y.year} className="text-align-right" data-balance={r.balance ? String(y.year) : undefined}>
                  {formatKrPlain(y.value)}
                </td>
              ))}
              <td className="text-align-right" data-balance={r.balance ? "total" : undefined}>
                {formatKrPlain(r.total)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
