import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { describedBy, FormField } from "../../../ui/form-field";
import { Modal } from "../../../ui/modal";
import { useDecideBudgetChange } from "../hooks/use-budget-planner";
import { describeChange, KIND_LABELS, type BudgetChange } from "../planner-view";

/** The styregruppe approves or rejects a pending change, with a comment (required to reject). */
export function DecideDialog({
  change,
  approve,
  onClose,
  onDecided,
  refetch,
}: {
  change: BudgetChange;
  approve: boolean;
  onClose: () => void;
  onDecided: (message: string) => void;
  refetch: () => Promise<unknown>;
}) {
  const id = useId();
  const [decide, { loading }] = useDecideBudgetChange();
  const [comment, setComment] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const commentError = !approve && comment.trim() === "" ? "Skriv hvorfor ændringen afvises, så lederen kan se det." : null;
  const shownError = submitted ? commentError : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (commentError) {
      document.getElementById(`${id}-comment`)?.focus();
      return;
    }
    try {
      await decide({
        variables: { input: { changeId: change.id, approve, comment: comment.trim() || null, expectedVersion: change.version } },
      });
      onDecided(approve ? `Ændringen er godkendt og gennemført: ${describeChange(change)}.` : `Ændringen er afvist: ${describeChange(change)}.`);
    } catch (error) {
      // Decided by someone else meanwhile: show the list as it is now.
      if (errorCode(error) === "CONFLICT") await refetch().catch(() => undefined);
      setServerError(errorMessage(error));
    }
  }

  return (
    <Modal
      title={approve ? "Godkend ændringen" : "Afvis ændringen"}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={
        <>
          <button type="submit" className={`button ${approve ? "button-primary" : "button-warning"}`} disabled={loading}>
            {loading ? "Gemmer …" : approve ? "Godkend" : "Afvis"}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose} disabled={loading}>
            Annullér
          </button>
        </>
      }
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">
        <strong>{KIND_LABELS[change.kind]}:</strong> {describeChange(change)}
      </p>
      <p>
        <strong>Begrundelse fra {change.requestedBy.name}:</strong> {change.reason}
      </p>
      <p>
        {approve
          ? "Når du godkender, gennemføres ændringen straks i det korrigerede budget."
          : "En afvist ændring ændrer intet i budgettet; den står i historikken med din kommentar."}
      </p>
      <FormField id={`${id}-comment`} label={approve ? "Kommentar (valgfri)" : "Kommentar"} error={shownError}>
        <textarea
          className="form-input input-width-xl"
          id={`${id}-comment`}
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={Boolean(shownError)}
          aria-describedby={describedBy(`${id}-comment`, null, shownError)}
        />
      </FormField>
    </Modal>
  );
}
