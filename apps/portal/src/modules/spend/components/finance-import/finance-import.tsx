import { useId, useRef, useState, type ChangeEvent } from "react";
import { Alert, ErrorAlert } from "../../../../ui/alert";
import { errorMessage } from "../../../../ui/errors";
import { countText, formatKr, toOre } from "../../../../ui/format";
import { ImportFileField, readAsBase64 } from "../../../../ui/import-file";
import {
  useDeleteFinanceMapping,
  useFinanceImportSettings,
  useImportFinancePostings,
  usePreviewFinanceImport,
  useSaveFinanceMapping,
} from "../../hooks/use-finance-import";
import { AccountRulesEditor } from "./account-rules-editor";
import { MappingEditor, plainMapping, type Mapping } from "./mapping-editor";
import { PreviewRows, type FinancePreview } from "./preview-rows";

const MAX_BYTES = 5 * 1024 * 1024;
const OTHER = "__andet__";
const ORIGIN: Record<string, string> = {
  saved: "den gemte tilknytning for kilden",
  preset: "forvalget for kilden",
  guessed: "et gæt ud fra kolonnernes navne og indhold",
  given: "tilknytningen herunder",
};

/**
 * Import of postings from the finance system's export as it is (issue #19): choose the source (a saved mapping, the
 * Opus or Prisme preset, or a new name), choose the file, confirm or change the guessed mapping, keep the account
 * rules, see row by row what will be written, and import all or nothing. The mapping is saved for the source.
 */
export function FinanceImport({ projectId, budgetId, lineNames }: { projectId: string; budgetId: string; lineNames: readonly string[] }) {
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const settings = useFinanceImportSettings(projectId);
  const [runPreview, previewState] = usePreviewFinanceImport();
  const [runImport, importState] = useImportFinancePostings();
  const [saveMapping, saveState] = useSaveFinanceMapping();
  const [deleteMapping] = useDeleteFinanceMapping();
  const [choice, setChoice] = useState("Opus");
  const [otherName, setOtherName] = useState("");
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<FinancePreview | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const data = settings.data?.financeImportSettings;
  const source = choice === OTHER ? otherName.trim() : choice;
  const sources = [...new Set([...(data?.mappings.map((m) => m.source) ?? []), ...(data?.presets.map((p) => p.source) ?? [])])];

  async function check(chosen: { name: string; base64: string }, withMapping: Mapping | null) {
    setError(null);
    setNotice(null);
    try {
      const res = await runPreview({ variables: { input: { budgetId, fileName: chosen.name, contentBase64: chosen.base64, source, mapping: withMapping } } });
      const p = res.data?.previewFinanceImport ?? null;
      setPreview(p);
      setMapping(p ? plainMapping(p.mapping) : null);
    } catch (e) {
      setPreview(null);
      setError(errorMessage(e));
    }
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setPreview(null);
    setFile(null);
    setNotice(null);
    if (!chosen) return;
    if (source === "") return setError("Giv kilden et navn, før du vælger filen.");
    if (chosen.size > MAX_BYTES) return setError("Filen er større end 5 MB. Del den op i flere filer.");
    const read = { name: chosen.name, base64: await readAsBase64(chosen, () => {}) };
    setFile(read);
    await check(read, null);
  }

  async function commit() {
    if (!file || !preview || !mapping) return;
    setError(null);
    try {
      const res = await runImport({
        variables: {
          input: {
            budgetId,
            fileName: file.name,
            contentBase64: file.base64,
            source,
            mapping,
            mappingVersion: preview.saved?.version ?? null,
            expectedNewCount: preview.newCount,
          },
        },
      });
      const r = res.data?.importFinancePostings;
      if (r) {
        setNotice(
          `${countText(r.added, "ny postering", "nye posteringer")} er importeret (i alt ${formatKr(toOre(r.addedTotal))}); ${countText(r.alreadyThere, "fandtes", "fandtes")} allerede. Tilknytningen er gemt for ${r.mapping.source}.`,
        );
      }
      setPreview(null);
      setFile(null);
      if (fileRef.current) fileRef.current.value = "";
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function saveOnly() {
    if (!preview || !mapping) return;
    setError(null);
    try {
      const res = await saveMapping({ variables: { input: { projectId, source, mapping, version: preview.saved?.version ?? null } } });
      setNotice(`Tilknytningen er gemt for ${res.data?.saveFinanceMapping.source ?? source}.`);
      if (file) await check(file, mapping);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function rulesSaved() {
    if (file) await check(file, mapping);
    setNotice("Reglerne er gemt.");
  }

  const busy = previewState.loading || importState.loading;
  const canImport =
    preview !== null && preview.mappingProblems.length === 0 && preview.errorCount === 0 && preview.unmatchedCount === 0 && preview.newCount > 0 && !busy;

  return (
    <div className="finance-import">
      <p>
        Vælg eksporten fra økonomisystemet, som den er: CSV (semikolon, komma, tabulator eller lodret streg; UTF-8 eller Windows-1252) eller Excel (.xlsx),
        højst 5 MB. Overblik gætter, hvilken kolonne der er hvad, og du bekræfter det; tilknytningen gemmes for kilden til næste gang.
      </p>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-source`}>
          Kilde (økonomisystem)
        </label>
        <select id={`${id}-source`} className="form-select" value={choice} disabled={busy} onChange={(e) => setChoice(e.target.value)}>
          {sources.map((s) => (
            <option key={s} value={s}>
              {s}
              {data?.mappings.some((m) => m.source === s) ? " (gemt tilknytning)" : " (forvalg)"}
            </option>
          ))}
          <option value={OTHER}>Anden kilde …</option>
        </select>
      </div>
      {choice === OTHER ? (
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-other`}>
            Kildens navn
          </label>
          <input id={`${id}-other`} className="form-input" value={otherName} onChange={(e) => setOtherName(e.target.value)} />
        </div>
      ) : null}
      <ImportFileField id={id} label="Eksportfil" accept=".csv,.txt,.xlsx,text/csv" disabled={busy} inputRef={fileRef} onChoose={(e) => void choose(e)} />
      {previewState.loading ? <p role="status">Kontrollerer filen …</p> : null}
      {notice ? (
        <Alert variant="success" heading="Gennemført">
          <p className="m-0">{notice}</p>
        </Alert>
      ) : null}
      {error ? <ErrorAlert message={error} /> : null}

      {preview && mapping && file ? (
        <section className="import-preview" aria-labelledby={`${id}-preview`}>
          <h4 id={`${id}-preview`}>Kontrol af {file.name}</h4>
          <p>Filen er læst med {ORIGIN[preview.mappingOrigin] ?? "tilknytningen"}. Ret den, hvis en kolonne er forkert, og se filen igen.</p>
          <MappingEditor id={`${id}-map`} columns={preview.columns} sampleRows={preview.sampleRows} mapping={mapping} onChange={setMapping} />
          <div className="button-row">
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void check(file, mapping)}>
              Se filen igen med tilknytningen
            </button>
            <button type="button" className="button button-secondary" disabled={busy || saveState.loading} onClick={() => void saveOnly()}>
              Gem tilknytningen for {preview.source}
            </button>
          </div>
          {preview.mappingProblems.length > 0 ? (
            <ErrorAlert message="Tilknytningen mangler noget:">
              <ul>
                {preview.mappingProblems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </ErrorAlert>
          ) : (
            <PreviewRows preview={preview} />
          )}
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={!canImport} onClick={() => void commit()} aria-describedby={`${id}-why`}>
              {importState.loading ? "Importerer …" : `Importér ${countText(preview.newCount, "postering", "posteringer")}`}
            </button>
          </div>
          <p className="line-meta-inline" id={`${id}-why`}>
            {preview.errorCount > 0 || preview.unmatchedCount > 0
              ? "Importér er ikke muligt, før hver række har en budgetlinje og ingen fejl: ret filen, eller tilføj regler for de konti, der mangler."
              : preview.newCount === 0
                ? "Der er intet nyt at importere."
                : "Kun de nye rækker importeres, samlet eller slet ikke."}
          </p>
        </section>
      ) : null}

      {data ? (
        <AccountRulesEditor key={data.rules.version} id={id} projectId={projectId} saved={data.rules} lineNames={lineNames} onSaved={() => void rulesSaved()} />
      ) : null}

      {data && data.mappings.length > 0 ? (
        <section aria-labelledby={`${id}-saved`}>
          <h4 id={`${id}-saved`}>Gemte tilknytninger</h4>
          <ul className="finance-saved-mappings">
            {data.mappings.map((m) => (
              <li key={m.id}>
                {m.source} (version {m.version}){" "}
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() =>
                    void deleteMapping({ variables: { input: { projectId, source: m.source, version: m.version } } }).catch((e: unknown) =>
                      setError(errorMessage(e)),
                    )
                  }
                >
                  Slet<span className="sr-only"> tilknytningen for {m.source}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
