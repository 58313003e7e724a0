import { useId } from "react";
import { Alert, ErrorAlert } from "../../../ui/alert";
import { countText } from "../../../ui/format";
import { Link } from "../../../ui/navigation";
import { useFileImport } from "../../imports/hooks/use-file-import";
import { useImportParticipants } from "../hooks/use-participants";
import { participantPaths } from "../participant-paths";
import { BreakdownTables } from "./breakdown-tables";
import { ImportFileField, ImportProgress, ImportRowErrors } from "../../../ui/import-file";

/** The API takes at most 10 MB; saying so before reading spares the upload. */
const MAX_BYTES = 10 * 1024 * 1024;

export const IMPORT_COLUMNS = "Kommune;Køn;Fødselsår;Herkomst;Måneder på ydelse;Matchgruppe;Indskrivningsdato;CPR;Navn";

/** The API names a column by its lower-case header; the help text above spells them like this. */
const COLUMN_NAMES: Record<string, string> = Object.fromEntries(IMPORT_COLUMNS.split(";").map((name) => [name.toLocaleLowerCase("da-DK"), name]));
const columnName = (column: string) => COLUMN_NAMES[column] ?? column;

/**
 * The target group from the jobcenter's list (CSV or Excel): read the file, let the API check every
 * row (nothing is written), show each error by row number and the breakdowns the file would give,
 * and import all or nothing. Name and CPR number are stored encrypted and never shown here.
 */
export function ParticipantImport({ projectId }: { projectId: string }) {
  const id = useId();
  const [runImport] = useImportParticipants();
  const { fileRef, phase, preview, rowErrors, errorTotal, serverError, busy, canImport, progressLabel, progressPercent, choose, importFile } = useFileImport({
    maxBytes: MAX_BYTES,
    accept: { pattern: /\.(csv|xlsx)$/i, message: "Vælg en CSV-fil (.csv) eller et Excel-regneark (.xlsx)." },
    jobInput: (file) => ({ kind: "PARTICIPANTS", projectId, fileName: file.name, contentBase64: file.base64 }),
    previewOf: (job) => job.participants,
    commit: async (file) => {
      const result = await runImport({ variables: { input: { projectId, fileName: file.name, contentBase64: file.base64 } } });
      const r = result.data?.importParticipants;
      return r ? { added: r.added, firstCode: r.firstCode, lastCode: r.lastCode } : null;
    },
    importingText: "Importerer deltagerne …",
  });

  return (
    <div className="participant-import">
      <div className="import-columns">
        <p>
          Målgruppen som en CSV-fil med semikolon mellem felterne (som Excel gemmer den på dansk) eller som et Excel-regneark (.xlsx), højst 10 MB. Første række
          er overskrifterne:
        </p>
        <pre className="csv-example">
          <code>
            {IMPORT_COLUMNS}
            {"\n"}Ishøj;K;1965;Dansk oprindelse;14;3;01-04-2012;010165-1234;Hanne Hansen
          </code>
        </pre>
        <ul className="line-meta-inline">
          <li>
            <strong>Kommune</strong> skal være en af projektets kommuner. <strong>Køn</strong> er M, K, Mand eller Kvinde.
          </li>
          <li>
            <strong>Køn</strong> og <strong>Fødselsår</strong> kan udelades, når <strong>CPR</strong> er med; de læses så af CPR-nummeret.
          </li>
          <li>
            <strong>Herkomst</strong>: Dansk oprindelse, Indvandrer ikke-vestlig, Efterkommer ikke-vestlig, Øvrige, eller tom (uoplyst).
          </li>
          <li>
            <strong>Matchgruppe</strong> er 1, 2 eller 3. <strong>Indskrivningsdato</strong> skrives fx 01-04-2012.
          </li>
          <li>
            <strong>CPR</strong> og <strong>Navn</strong> er valgfrie og gemmes krypteret. Hver borger får en deltagerkode, som bruges i stedet for navn og
            CPR-nummer.
          </li>
          <li>Har filen én fejl, importeres intet. Hver oprettet borger skrives i adgangsloggen.</li>
        </ul>
      </div>

      <ImportFileField
        id={id}
        label="Målgruppefil (.csv eller .xlsx)"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        inputRef={fileRef}
        onChoose={choose}
      />

      <ImportProgress id={id} busy={busy} label={progressLabel} percent={progressPercent} />

      {phase.kind === "done" ? (
        <Alert variant="success" heading="Importen er gennemført">
          <p className="m-0 import-result-codes">
            {phase.added === 1 ? `${phase.firstCode} oprettet` : `${phase.firstCode} – ${phase.lastCode} oprettet`} (
            {countText(phase.added, "ny deltager", "nye deltagere")}).
          </p>
          <p className="m-0">
            <Link to={participantPaths.list(projectId)}>Se borgerne i projektet</Link> ·{" "}
            <Link to={participantPaths.board(projectId)}>Screen dem på farvetavlen</Link>
          </p>
        </Alert>
      ) : null}

      {serverError ? <ErrorAlert message={serverError} /> : null}
      {rowErrors.length > 0 && !(preview && phase.kind !== "done") ? <ImportRowErrors errors={rowErrors} total={errorTotal} columnName={columnName} /> : null}

      {preview && phase.kind !== "done" ? (
        <section className="import-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>Kontrol af {preview.fileName}</h3>
          <ul className="import-counts">
            <li>{countText(preview.rowCount, "række læst", "rækker læst")}</li>
            <li>
              <strong>{countText(preview.newCount, "ny deltager", "nye deltagere")}</strong> oprettes ved importen
            </li>
            {rowErrors.length > 0 ? <li>{countText(errorTotal, "fejl", "fejl")}</li> : null}
          </ul>
          {rowErrors.length > 0 ? <ImportRowErrors errors={rowErrors} total={errorTotal} columnName={columnName} /> : null}
          {rowErrors.length === 0 && preview.newCount > 0 ? (
            <>
              <h4>Sådan fordeler de nye deltagere sig</h4>
              <BreakdownTables breakdowns={preview.breakdowns} total={preview.newCount} headingLevel={4} skip={["COLOUR"]} />
            </>
          ) : null}
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={!canImport} onClick={importFile} aria-describedby={`${id}-why`}>
              {phase.kind === "importing"
                ? "Importerer …"
                : preview.newCount > 0
                  ? `Importér ${countText(preview.newCount, "deltager", "deltagere")}`
                  : "Importér"}
            </button>
          </div>
          <p className="line-meta-inline" id={`${id}-why`}>
            {rowErrors.length > 0
              ? "Importér er ikke muligt, før fejlene er rettet i filen."
              : preview.newCount === 0
                ? "Filen har ingen deltagere at importere."
                : "Alle rækker importeres samlet, eller ingen. De nye deltagere er ikke screenet endnu."}
          </p>
        </section>
      ) : null}
    </div>
  );
}
