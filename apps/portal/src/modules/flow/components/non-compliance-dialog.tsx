import type { FlowPlanItemFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { describedBy, FormField } from "../../../ui/form-field";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import type { TimelineMutations } from "../hooks/use-flow";
import { UnitSuggestions } from "./unit-suggestions";

/**
 * "Meld: følges ikke": the unit that started an intervention alerts the tovholdere when the citizen
 * does not follow it (the udmøntningsplan's rule); the tovholder then follows up.
 */
export function NonComplianceDialog({
  item,
  code,
  mutations,
  onClose,
  onSaved,
}: {
  item: FlowPlanItemFragment;
  code: string;
  mutations: TimelineMutations;
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [report, { loading }] = mutations.reportNonCompliance;
  const [unit, setUnit] = useState(item.responsibleUnit);
  const [message, setMessage] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const unitError = unit.trim().length >= 2 ? null : "Angiv den enhed, der melder.";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (unitError) {
      document.getElementById(`${id}-unit`)?.focus();
      return;
    }
    try {
      await report({ variables: { input: { itemId: item.id, reportedByUnit: unit.trim(), message: message.trim() || null } } });
      onSaved(`Tovholderne har fået en advarsel: ${code} følger ikke ${item.intervention.name} (meldt af ${unit.trim()}).`);
    } catch (error) {
      setServerError(errorMessage(error));
    }
  }

  return (
    <Modal
      title="Meld: følges ikke"
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Send advarsel til tovholderne" busyText="Melder …" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">
        {code} følger ikke <strong>{item.intervention.name}</strong>. Tovholderne får en advarsel og følger op.
      </p>
      <FormField id={`${id}-unit`} label="Enheden, der melder" error={submitted ? unitError : null}>
        <input
          className="form-input input-width-l"
          id={`${id}-unit`}
          list={`${id}-units`}
          value={unit}
          maxLength={200}
          onChange={(e) => setUnit(e.target.value)}
          aria-invalid={Boolean(submitted && unitError)}
          aria-describedby={describedBy(`${id}-unit`, null, submitted ? unitError : null)}
        />
        <UnitSuggestions id={`${id}-units`} />
      </FormField>
      <FormField id={`${id}-message`} label="Melding (valgfri)" hint="Hvad er sket? Gemmes krypteret.">
        <textarea
          className="form-input input-width-xl"
          id={`${id}-message`}
          rows={3}
          maxLength={2000}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          aria-describedby={`${id}-message-hint`}
        />
      </FormField>
    </Modal>
  );
}
