import { useId, useState } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { FormField } from "../../../ui/form-field";
import { Loading } from "../../../ui/loading";
import { Modal } from "../../../ui/modal";
import { BUDGET_STATUS_LABELS } from "../budget-view";
import { useCopyBudget, useCopyBudgetSources, type DraftBudget } from "../hooks/use-budget-drafts";

/**
 * "Kopiér fra et andet projekt": pick a project you can see and one of its budgets; the copy is a new draft here
 * with the lines, drivers, categories, account numbers and amounts (moved to this project's first year), no spend.
 */
export function BudgetCopyDialog({ projectId, onClose, onCopied }: { projectId: string; onClose: () => void; onCopied: (budget: DraftBudget) => void }) {
  const id = useId();
  const { data, error } = useCopyBudgetSources();
  const [copy, { loading }] = useCopyBudget();
  const projects = (data?.projects.items ?? []).filter((p) => p.id !== projectId && p.budgets.length > 0);
  const [sourceProjectId, setSourceProjectId] = useState("");
  const [sourceBudgetId, setSourceBudgetId] = useState("");
  const [name, setName] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const source = projects.find((p) => p.id === sourceProjectId);

  async function confirm() {
    if (!sourceBudgetId) {
      setFailure("Vælg et projekt og et af dets budgetter.");
      return;
    }
    setFailure(null);
    try {
      const result = await copy({ variables: { input: { sourceBudgetId, projectId, name: name.trim() || null } } });
      if (result.data) onCopied(result.data.copyBudget);
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  return (
    <Modal
      title="Kopiér budget fra et andet projekt"
      onClose={onClose}
      busy={loading}
      footer={
        <>
          <button type="button" className="button button-primary" onClick={() => void confirm()} disabled={loading || !sourceBudgetId}>
            {loading ? "Kopierer …" : "Kopiér budget"}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose} disabled={loading}>
            Annullér
          </button>
        </>
      }
    >
      <p className="mt-0">
        Kopien bliver et nyt udkast i dette projekt med linjer, drivere, kategorier, kontonumre og beløb. Årene flyttes, så kopien begynder i projektets første
        år. Forbrug, aktivitet og historik kopieres ikke.
      </p>
      {failure ? <ErrorAlert message={failure} /> : null}
      {error && !data ? <ErrorAlert message={errorMessage(error)} /> : null}
      {!data && !error ? <Loading /> : null}
      {data && projects.length === 0 ? <p>Du har ikke adgang til andre projekter med et budget.</p> : null}
      {projects.length > 0 ? (
        <>
          <FormField id={`${id}-project`} label="Projekt">
            <select
              id={`${id}-project`}
              className="form-select"
              value={sourceProjectId}
              onChange={(e) => {
                setSourceProjectId(e.target.value);
                setSourceBudgetId("");
              }}
            >
              <option value="">Vælg projekt</option>
              {projects.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.code})
                </option>
              ))}
            </select>
          </FormField>
          <FormField id={`${id}-budget`} label="Budget">
            <select
              id={`${id}-budget`}
              className="form-select"
              value={sourceBudgetId}
              disabled={!source}
              onChange={(e) => {
                setSourceBudgetId(e.target.value);
                setName(source?.budgets.find((b) => b.id === e.target.value)?.name ?? "");
              }}
            >
              <option value="">Vælg budget</option>
              {source?.budgets.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}, {b.startYear}–{b.endYear} ({BUDGET_STATUS_LABELS[b.status].toLocaleLowerCase("da-DK")})
                </option>
              ))}
            </select>
          </FormField>
          <FormField id={`${id}-name`} label="Kopiens navn">
            <input id={`${id}-name`} className="form-input" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
          </FormField>
        </>
      ) : null}
    </Modal>
  );
}
