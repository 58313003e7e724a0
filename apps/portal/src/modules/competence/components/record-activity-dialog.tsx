import { formatMoney, sentence } from "@overblik/domain";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { FormField, useSubmitErrors } from "../../../ui/form-field";
import { formatDateDa, formatKr, formatKrPlain, parseAmountInput, parseCountInput, toOre } from "../../../ui/format";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { COMPETENCE_STATUS_LABELS, type CompetenceActivityData, type CompetenceStatus } from "../competence-view";
import { useRecordCompetenceActivity } from "../hooks/use-competence";

/**
 * Record an activity as held (with the actual participants and cost), cancelled, or planned again.
 * The version the screen shows goes along; a change by someone else meanwhile is a CONFLICT.
 */
export function RecordCompetenceDialog({
  activity,
  onClose,
  onSaved,
  refetch,
}: {
  activity: CompetenceActivityData;
  onClose: () => void;
  onSaved: (message: string) => void;
  refetch: () => Promise<unknown>;
}) {
  const id = useId();
  const [record, { loading }] = useRecordCompetenceActivity();
  const [status, setStatus] = useState<CompetenceStatus>(activity.status === "PLANNED" ? "HELD" : "PLANNED");
  const [participantsText, setParticipantsText] = useState(activity.actualParticipants === null ? "" : String(activity.actualParticipants));
  const [costText, setCostText] = useState(activity.actualCost === null ? "" : formatKrPlain(toOre(activity.actualCost)));
  const held = status === "HELD";
  const participants = parseCountInput(participantsText, { allowZero: true });
  const cost = parseAmountInput(costText, { allowZero: true });
  const errors = {
    participants: held && !participants.ok ? participants.message : null,
    cost: held && !cost.ok ? cost.message : null,
  };
  const { show, field, serverError, setServerError, start } = useSubmitErrors(id, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event)) return;
    try {
      await record({
        variables: {
          input: {
            activityId: activity.id,
            expectedVersion: activity.version,
            status,
            actualParticipants: held && participants.ok ? participants.value : null,
            actualCost: held && cost.ok ? formatMoney(cost.value) : null,
          },
        },
      });
      onSaved(
        held && participants.ok && cost.ok
          ? sentence(`${activity.name} er registreret som afholdt: ${participants.value} deltagere, ${formatKr(cost.value)}`)
          : `${activity.name} er registreret som ${COMPETENCE_STATUS_LABELS[status].toLowerCase()}.`,
      );
    } catch (error) {
      if (errorCode(error) === "CONFLICT") await refetch().catch(() => undefined);
      setServerError(errorMessage(error));
    }
  }

  return (
    <Modal
      title="Registrér aktivitet"
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Gem" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">
        <strong>{activity.name}</strong> for {activity.targetGroup.toLowerCase()}, planlagt d. {formatDateDa(activity.plannedDate)} med{" "}
        {sentence(`${activity.plannedParticipants} deltagere for ${formatKr(toOre(activity.plannedCost))}`)}
      </p>
      <fieldset className="form-group">
        <legend className="form-label">Status</legend>
        {(["HELD", "CANCELLED", "PLANNED"] as const).map((value) => (
          <div className="form-group-radio" key={value}>
            <input
              type="radio"
              className="form-radio"
              id={`${id}-status-${value}`}
              name={`${id}-status`}
              checked={status === value}
              onChange={() => setStatus(value)}
            />
            <label className="form-label" htmlFor={`${id}-status-${value}`}>
              {value === "PLANNED" ? "Planlagt (endnu ikke afholdt)" : COMPETENCE_STATUS_LABELS[value]}
            </label>
          </div>
        ))}
      </fieldset>
      {held ? (
        <div className="form-row-2">
          <FormField id={`${id}-participants`} label="Faktiske deltagere" error={show(errors.participants)}>
            <input
              className="form-input input-width-xs"
              inputMode="numeric"
              value={participantsText}
              onChange={(e) => setParticipantsText(e.target.value)}
              {...field("participants")}
            />
          </FormField>
          <FormField id={`${id}-cost`} label="Faktisk omkostning (kr.)" hint="Dansk talformat, fx 38.900" error={show(errors.cost)}>
            <input
              className="form-input input-width-s"
              inputMode="decimal"
              value={costText}
              onChange={(e) => setCostText(e.target.value)}
              {...field("cost", true)}
            />
          </FormField>
        </div>
      ) : null}
    </Modal>
  );
}
