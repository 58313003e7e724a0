import type { PreviewFinanceImportMutation } from "@overblik/graphql-client";
import { countText, formatDateDa, formatKr, formatKrPlain, toOre } from "../../../../ui/format";
import { ScrollRegion } from "../../../../ui/scroll-region";

export type FinancePreview = PreviewFinanceImportMutation["previewFinanceImport"];

const STATUS: Record<string, string> = { NEW: "Ny", ALREADY_THERE: "Findes allerede", ERROR: "Fejl", UNMATCHED: "Ingen regel" };

/** The counts, then row by row exactly what the import will write: new, already there, an error, or no rule. */
export function PreviewRows({ preview }: { preview: FinancePreview }) {
  return (
    <>
      <ul className="import-counts">
        <li>{countText(preview.rowCount, "række læst", "rækker læst")}</li>
        <li>
          <strong>{countText(preview.newCount, "ny postering", "nye posteringer")}</strong>, i alt {formatKr(toOre(preview.newTotal))}
        </li>
        <li>{countText(preview.alreadyThereCount, "findes allerede", "findes allerede")} og importeres ikke igen</li>
        {preview.errorCount > 0 ? <li>{countText(preview.errorCount, "række med fejl", "rækker med fejl")}</li> : null}
        {preview.unmatchedCount > 0 ? <li>{countText(preview.unmatchedCount, "konto uden regel", "konti uden regel")}</li> : null}
      </ul>
      <ScrollRegion label="Rækker i filen">
        <table className="table table--compact import-preview-table finance-preview-table">
          <caption className="sr-only">Hvad importen gør med hver række{preview.rows.length === 1000 ? " (de første 1.000)" : ""}</caption>
          <thead>
            <tr>
              <th scope="col" className="amount">
                Række
              </th>
              <th scope="col">Import</th>
              <th scope="col">Dato</th>
              <th scope="col">Bilag</th>
              <th scope="col">Tekst</th>
              <th scope="col">Konto</th>
              <th scope="col">Linje</th>
              <th scope="col" className="amount">
                Beløb <span className="amount-unit">(kr.)</span>
              </th>
              <th scope="col">Bemærkning</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => {
              const ore = r.amount ? toOre(r.amount) : null;
              return (
                <tr key={r.row} className={`finance-row finance-row--${r.status.toLowerCase()}`}>
                  <th scope="row" className="amount">
                    {r.row}
                  </th>
                  <td>{STATUS[r.status] ?? r.status}</td>
                  <td className="nowrap">{r.date ? formatDateDa(r.date) : ""}</td>
                  <td>{r.voucher}</td>
                  <td>{r.text}</td>
                  <td>{r.account ?? ""}</td>
                  <td>{r.lineName ?? ""}</td>
                  <td className={`amount${ore !== null && ore < 0n ? " amount--negative" : ""}`}>{ore === null ? "" : formatKrPlain(ore)}</td>
                  <td>{r.message ?? ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
