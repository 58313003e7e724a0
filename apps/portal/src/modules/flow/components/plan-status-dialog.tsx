import type { FlowPlanItemFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { ChoiceGroup } from "../../../ui/form-field";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import type { TimelineMutations } from "../hooks/use-flow";
import { PLAN_STATUS_LABELS, PLAN_STATUSES, planStatusLabel, type PlanStatus } from "../flow-labels";

/** Change a plan item's status, with the version the screen showed (CONFLICT when someone changed it meanwhile). */
export function PlanStatusDialog({
  item,
  mutations,
  onClose,
  onSaved,
}: {
  item: FlowPlanItemFragment;
  mutations: TimelineMutations;
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [setStatus, { loading }] = mutations.setPlanStatus;
  const [status, setValue] = useState<PlanStatus | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const error = status && status !== item.status ? null : "Vælg en anden status end den nuværende.";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (error || !status) {
      document.getElementById(`${id}-${PLAN_STATUSES.find((s) => s !== item.status) ?? ""}`)?.focus();
      return;
    }
    try {
      await setStatus({ variables: { input: { itemId: item.id, status, expectedVersion: item.version } } });
      onSaved(`${item.intervention.name}: status ændret fra ${planStatusLabel(item.status).toLowerCase()} til ${PLAN_STATUS_LABELS[status].toLowerCase()}.`);
    } catch (e) {
      if (errorCode(e) === "CONFLICT") await mutations.refresh();
      setServerError(errorMessage(e));
    }
  }

  return (
    <Modal
      title="Skift status"
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Gem status" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">
        <strong>{item.intervention.name}</strong> ({item.responsibleUnit}) er nu: {planStatusLabel(item.status).toLowerCase()}.
      </p>
      <ChoiceGroup id={id} legend="Ny status" error={submitted && error ? error : null}>
        {PLAN_STATUSES.filter((s) => s !== item.status).map((s) => (
          <div className="form-group-radio" key={s}>
            <input type="radio" className="form-radio" id={`${id}-${s}`} name={`${id}-status`} checked={status === s} onChange={() => setValue(s)} />
            <label className="form-label" htmlFor={`${id}-${s}`}>
              {PLAN_STATUS_LABELS[s]}
            </label>
          </div>
        ))}
      </ChoiceGroup>
    </Modal>
  );
}
