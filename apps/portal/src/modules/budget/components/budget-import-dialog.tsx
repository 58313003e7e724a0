import { useId, useRef, useState } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { formatKrPlain, toOre } from "../../../ui/format";
import { ImportFileField, ImportProgress, readAsBase64 } from "../../../ui/import-file";
import { Modal } from "../../../ui/modal";
import type { SheetUnit } from "@overblik/graphql-client";
import { useImportJob, type FinishedImportJob } from "../../imports/hooks/use-import-job";
import { useImportBudget, type DraftBudget } from "../hooks/use-budget-drafts";
import { YearTotalsTable } from "./year-totals-table";
import { ScrollRegion } from "../../../ui/scroll-region";

type Preview = NonNullable<FinishedImportJob["budget"]>;

const STATUS_LABELS: Record<Preview["rows"][number]["status"], string> = {
  TITLE: "Titel (springes over)",
  HEADER: "Overskrift med år",
  BLANK: "Tom (springes over)",
  HEADING: "Afsnit",
  LINE: "Linje",
  SUM: "Sum (kontrolleret)",
  ERROR: "Fejl",
};

const SIDE_LABELS = { INCOME: "Indtægt", EXPENSE: "Udgift" } as const;

/**
 * "Importér økonomioverslag": the file (.xlsx or CSV) is read and every row shown with its status, the errors
 * with row numbers and the totals; "Importér" stays disabled while there are errors. The import replaces the
 * draft's lines, all or nothing.
 */
export function BudgetImportDialog({
  projectId,
  budget,
  onClose,
  onImported,
}: {
  projectId: string;
  budget: DraftBudget;
  onClose: () => void;
  onImported: (message: string) => void;
}) {
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [unit, setUnit] = useState<SheetUnit | "">("");
  const [reading, setReading] = useState<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [runImport, { loading: importing }] = useImportBudget();
  // The server reads the sheet as a job; the progress bar follows it until the preview is ready.
  const [starting, setStarting] = useState(false);
  const job = useImportJob((finished) => {
    if (finished.status === "DONE" && finished.budget) setPreview(finished.budget);
    else setFailure(finished.errorMessage ?? "Kontrollen af filen er ikke længere tilgængelig. Vælg filen igen.");
  });
  const checking = starting || job.running;

  async function check(next: { name: string; base64: string }, chosenUnit: SheetUnit | "") {
    setFailure(null);
    setPreview(null);
    setStarting(true);
    try {
      await job.start({ kind: "BUDGET", projectId, budgetId: budget.id, fileName: next.name, contentBase64: next.base64, unit: chosenUnit || null });
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setStarting(false);
    }
  }

  async function choose(files: FileList | null) {
    const chosen = files?.[0];
    if (!chosen) return;
    setReading(0);
    try {
      const base64 = await readAsBase64(chosen, setReading);
      const next = { name: chosen.name, base64 };
      setFile(next);
      await check(next, unit);
    } finally {
      setReading(null);
    }
  }

  async function confirm() {
    if (!file || !preview || preview.errors.length > 0) return;
    setFailure(null);
    try {
      await runImport({
        variables: { input: { budgetId: budget.id, expectedVersion: budget.version, fileName: file.name, contentBase64: file.base64, unit: unit || null } },
      });
      onImported(`${preview.lineCount} linjer er importeret fra ${file.name}; de erstatter udkastets tidligere linjer.`);
    } catch (e) {
      setFailure(errorCode(e) === "CONFLICT" ? "Budgettet er ændret, siden du åbnede importen. Luk vinduet, og prøv igen." : errorMessage(e));
    }
  }

  const busy = checking || importing || reading !== null;
  const hasErrors = !preview || preview.errors.length > 0;
  return (
    <Modal
      title="Importér økonomioverslag"
      onClose={onClose}
      busy={busy}
      wide
      footer={
        <>
          <button type="button" className="button button-primary" disabled={busy || hasErrors} onClick={() => void confirm()}>
            {importing ? "Importerer …" : "Importér"}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose} disabled={importing}>
            Annullér
          </button>
        </>
      }
    >
      <p className="mt-0">
        Et regneark (.xlsx eller CSV) med én række pr. linje og én kolonne pr. år (overskrifter som "2026" eller "2026 (t.kr.)"), en kolonne med linjens tekst
        og evt. Kategori, Kontonummer og Note. Rækker med "Indtægter" (eller "Finansiering") og "Udgifter" skifter side; sumrækker som "I alt" importeres ikke,
        men kontrolleres. <strong>Importen erstatter udkastets nuværende linjer.</strong>
      </p>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-unit`}>
          Beløbenes enhed
        </label>
        <select
          id={`${id}-unit`}
          className="form-select"
          value={unit}
          disabled={busy}
          onChange={(e) => {
            const next = e.target.value as SheetUnit | "";
            setUnit(next);
            if (file) void check(file, next);
          }}
        >
          <option value="">Som regnearket siger (t.kr. i en overskrift betyder 1.000 kr.)</option>
          <option value="KR">Kroner</option>
          <option value="TKR">1.000 kr. (t.kr.)</option>
        </select>
      </div>
      <ImportFileField
        id={id}
        label="Fil med økonomioverslaget"
        accept=".xlsx,.csv,.txt"
        disabled={busy}
        inputRef={fileRef}
        onChoose={(e) => void choose(e.target.files)}
      />
      <ImportProgress
        id={id}
        busy={busy}
        label={reading !== null ? "Læser filen …" : importing ? "Importerer …" : `Kontrol på serveren: ${job.job?.phase ?? "sender filen"} …`}
        percent={reading ?? (importing ? null : (job.job?.progress ?? null))}
      />
      {failure ? <ErrorAlert message={failure} /> : null}
      {preview ? <PreviewTables preview={preview} /> : null}
    </Modal>
  );
}

function PreviewTables({ preview }: { preview: Preview }) {
  return (
    <>
      {preview.errors.length > 0 ? (
        <ErrorAlert
          message={`Filen har ${preview.errors.length === 1 ? "én fejl" : `${preview.errors.length} fejl`}, og intet kan importeres, før de er rettet:`}
        >
          <ul className="import-errors">
            {preview.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </ErrorAlert>
      ) : (
        <p role="status">
          {preview.lineCount} linjer kan importeres ({preview.unit === "TKR" ? "beløbene er læst i 1.000 kr." : "beløbene er læst i kroner"}).
        </p>
      )}
      <YearTotalsTable
        caption="Totaler, der importeres (kr.)"
        years={preview.totals.years.map((y) => y.year)}
        rows={(["income", "expense", "difference"] as const).map((k) => ({
          label: k === "income" ? "Indtægter" : k === "expense" ? "Udgifter" : "Balance",
          perYear: preview.totals.years.map((y) => ({ year: y.year, value: toOre(y[k]) })),
          total: toOre(preview.totals[k]),
        }))}
      />
      <ScrollRegion label="Rækkerne i filen">
        <table className="table table--compact budget-import-rows">
          <caption>Rækkerne i filen</caption>
          <thead>
            <tr>
              <th scope="col">Række</th>
              <th scope="col">Status</th>
              <th scope="col">Side</th>
              <th scope="col">Tekst</th>
              {preview.years.map((y) => (
                <th key={y} scope="col" className="text-align-right">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows
              .filter((r) => r.status !== "BLANK")
              .map((r) => (
                <tr key={r.row} className={r.status === "ERROR" ? "row-error" : undefined}>
                  <td>{r.row}</td>
                  <td>
                    {STATUS_LABELS[r.status]}
                    {r.errors.map((e) => (
                      <span key={e} className="budget-draft-error">
                        {e}
                      </span>
                    ))}
                  </td>
                  <td>{r.side && (r.status === "LINE" || r.status === "SUM") ? SIDE_LABELS[r.side] : ""}</td>
                  <td>{r.text}</td>
                  {preview.years.map((y) => {
                    const amount = r.amounts.find((a) => a.year === y);
                    return (
                      <td key={y} className="text-align-right">
                        {amount ? formatKrPlain(toOre(amount.amount)) : ""}
                      </td>
                    );
                  })}
                </tr>
              ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
