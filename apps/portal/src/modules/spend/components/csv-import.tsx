import { useId } from "react";
import { Alert, ErrorAlert } from "../../../ui/alert";
import { countText, formatDateDa, formatKr, formatKrPlain, formatQuantityText, toOre } from "../../../ui/format";
import { useFileImport } from "../../imports/hooks/use-file-import";
import type { FinishedImportJob } from "../../imports/hooks/use-import-job";
import { useImportPostings } from "../hooks/use-postings";
import { ImportFileField, ImportProgress, ImportRowErrors } from "../../../ui/import-file";
import { ScrollRegion } from "../../../ui/scroll-region";

type Preview = NonNullable<FinishedImportJob["postings"]>;

/** The API takes at most 5 MB; saying so before reading spares the upload. */
const MAX_BYTES = 5 * 1024 * 1024;

function PreviewTable({ preview }: { preview: Preview }) {
  if (preview.rows.length === 0) return null;
  return (
    <ScrollRegion label="Rækker i filen">
      <table className="table table--compact import-preview-table">
        <caption className="sr-only">Gyldige rækker i filen{preview.rows.length === 200 ? " (de første 200)" : ""}</caption>
        <thead>
          <tr>
            <th scope="col" className="amount">
              Række
            </th>
            <th scope="col">Dato</th>
            <th scope="col">Bilag</th>
            <th scope="col">Tekst</th>
            <th scope="col">Linje</th>
            <th scope="col" className="amount">
              Antal
            </th>
            <th scope="col" className="amount">
              Beløb <span className="amount-unit">(kr.)</span>
            </th>
            <th scope="col">Import</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => {
            const ore = toOre(r.amount);
            return (
              <tr key={r.row}>
                <th scope="row" className="amount">
                  {r.row}
                </th>
                <td className="nowrap">{formatDateDa(r.date)}</td>
                <td>{r.voucher}</td>
                <td>{r.text}</td>
                <td>{r.lineName}</td>
                <td className="amount">{formatQuantityText(r.quantity)}</td>
                <td className={`amount${ore < 0n ? " amount--negative" : ""}`}>{formatKrPlain(ore)}</td>
                <td>{r.alreadyThere ? "Findes allerede" : "Ny"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/**
 * CSV import from the finance system: read the file, let the API check every row (nothing is
 * written), show the preview with every error by row number, and import all or nothing.
 */
export function CsvImport({ projectId, budgetId, onImported }: { projectId: string; budgetId: string; onImported?: () => void }) {
  const id = useId();
  const [runImport] = useImportPostings();
  const { fileRef, phase, preview, rowErrors, errorTotal, serverError, busy, canImport, progressLabel, progressPercent, choose, importFile } = useFileImport({
    maxBytes: MAX_BYTES,
    jobInput: (file) => ({ kind: "POSTINGS", projectId, budgetId, fileName: file.name, contentBase64: file.base64 }),
    previewOf: (job) => job.postings,
    commit: async (file) => {
      const result = await runImport({ variables: { input: { budgetId, fileName: file.name, contentBase64: file.base64 } } });
      const r = result.data?.importPostings;
      return r ? { added: r.added, alreadyThere: r.alreadyThere, addedTotal: r.addedTotal } : null;
    },
    importingText: "Importerer posteringerne …",
    onImported,
  });

  return (
    <div className="csv-import">
      <p>
        Hent posteringerne fra økonomisystemet som en CSV-fil med semikolon mellem felterne og decimalkomma (som Excel gemmer dem på dansk), i UTF-8 eller
        Windows-1252, højst 5 MB. Første række er overskrifterne:
      </p>
      <pre className="csv-example">
        <code>
          Dato;Bilag;Tekst;Beløb;Linje;Antal{"\n"}
          31-01-2013;F-2013-101;Lægekonsulent, januar;4.000,00;Lægekonsulent honorar v/ca. 50 timer;5
        </code>
      </pre>
      <p className="line-meta-inline">
        Linje skal svare præcis til en budgetlinjes navn. Antal er valgfrit: den aktivitet, posteringen betalte for. Et bilag, der allerede er bogført på samme
        linje og dato, importeres ikke igen; har filen en fejl, importeres intet.
      </p>

      <ImportFileField id={id} label="CSV-fil" accept=".csv,text/csv" disabled={busy} inputRef={fileRef} onChoose={choose} />

      <ImportProgress id={id} busy={busy} label={progressLabel} percent={progressPercent} />
      {phase.kind === "done" ? (
        <Alert variant="success" heading="Importen er gennemført">
          <p className="m-0">
            {countText(phase.added, "ny postering", "nye posteringer")} er importeret (i alt {formatKr(toOre(phase.addedTotal))}).
            {phase.alreadyThere > 0 ? ` ${countText(phase.alreadyThere, "postering fandtes", "posteringer fandtes")} allerede og er ikke importeret igen.` : ""}
          </p>
        </Alert>
      ) : null}

      {serverError ? <ErrorAlert message={serverError} /> : null}
      {rowErrors.length > 0 ? <ImportRowErrors errors={rowErrors} total={errorTotal} /> : null}

      {preview && phase.kind !== "done" ? (
        <section className="import-preview" aria-labelledby={`${id}-preview`}>
          <h4 id={`${id}-preview`}>Kontrol af {preview.fileName}</h4>
          <ul className="import-counts">
            <li>
              {countText(preview.rowCount, "række læst", "rækker læst")} (tegnsæt: {preview.encoding})
            </li>
            <li>
              <strong>{countText(preview.newCount, "ny postering", "nye posteringer")}</strong>, i alt {formatKr(toOre(preview.newTotal))}
            </li>
            <li>{countText(preview.alreadyThereCount, "findes allerede", "findes allerede")} og importeres ikke igen</li>
            {rowErrors.length > 0 ? <li>{countText(errorTotal, "fejl", "fejl")}</li> : null}
          </ul>
          <PreviewTable preview={preview} />
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={!canImport} onClick={importFile} aria-describedby={`${id}-why`}>
              {phase.kind === "importing"
                ? "Importerer …"
                : preview.newCount > 0
                  ? `Importér ${countText(preview.newCount, "postering", "posteringer")}`
                  : "Importér"}
            </button>
          </div>
          <p className="line-meta-inline" id={`${id}-why`}>
            {rowErrors.length > 0
              ? "Importér er ikke muligt, før fejlene er rettet i filen."
              : preview.newCount === 0
                ? "Der er intet nyt at importere."
                : "Alle rækker importeres samlet, eller ingen."}
          </p>
        </section>
      ) : null}
    </div>
  );
}
