import type { FlowAlertFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { describedBy, FormField } from "../../../ui/form-field";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { useResolvePlanAlert } from "../hooks/use-flow";

/** "Følg op": the tovholder writes what was done; the alert is then closed. */
export function ResolveAlertDialog({
  projectId,
  alert,
  onClose,
  onSaved,
}: {
  projectId: string;
  alert: FlowAlertFragment;
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [resolve, { loading }] = useResolvePlanAlert(projectId);
  const [followUp, setFollowUp] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const error = followUp.trim().length >= 3 ? null : "Beskriv opfølgningen (mindst 3 tegn).";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (error) {
      document.getElementById(`${id}-follow-up`)?.focus();
      return;
    }
    try {
      await resolve({ variables: { input: { alertId: alert.id, followUp: followUp.trim() } } });
      onSaved(`Advarslen om ${alert.participantCode} (${alert.interventionName}) er fulgt op og lukket.`);
    } catch (e) {
      setServerError(errorMessage(e));
    }
  }

  return (
    <Modal
      title={`Følg op: ${alert.participantCode}`}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Gem opfølgning og luk advarslen" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">
        {alert.reportedByUnit} meldte, at {alert.participantCode} ikke følger <strong>{alert.interventionName}</strong>
        {alert.message ? `: »${alert.message}«` : "."}
      </p>
      <FormField id={`${id}-follow-up`} label="Opfølgning" hint="Hvad har du gjort, eller hvad er aftalt? Gemmes krypteret." error={submitted ? error : null}>
        <textarea
          className="form-input input-width-xl"
          id={`${id}-follow-up`}
          rows={4}
          maxLength={2000}
          value={followUp}
          onChange={(e) => setFollowUp(e.target.value)}
          aria-invalid={Boolean(submitted && error)}
          aria-describedby={describedBy(`${id}-follow-up`, "hint", submitted ? error : null)}
        />
      </FormField>
    </Modal>
  );
}
