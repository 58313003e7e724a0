import { formatMoney } from "@overblik/domain";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { describedBy, FormField, useSubmitErrors } from "../../../ui/form-field";
import { formatDateDa, parseAmountInput, parseCountInput } from "../../../ui/format";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { useAddCompetenceActivity } from "../hooks/use-competence";

/** "Tilføj aktivitet" to a competence development pool: what, for whom, when, how many, planned cost. */
export function AddActivityDialog({
  poolId,
  poolName,
  defaultDate,
  onClose,
  onSaved,
}: {
  poolId: string;
  poolName: string;
  defaultDate: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const id = useId();
  const [add, { loading }] = useAddCompetenceActivity();
  const [name, setName] = useState("");
  const [targetGroup, setTargetGroup] = useState("");
  const [date, setDate] = useState(defaultDate);
  const [participantsText, setParticipantsText] = useState("");
  const [costText, setCostText] = useState("");
  const participants = parseCountInput(participantsText);
  const cost = parseAmountInput(costText, { allowZero: true });
  const errors = {
    name: name.trim() ? null : "Skriv aktivitetens navn, fx Videndeling i teamet.",
    target: targetGroup.trim() ? null : "Skriv målgruppen, fx Tværfagligt team.",
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? null : "Vælg den planlagte dato.",
    participants: participants.ok ? null : participants.message,
    cost: cost.ok ? null : cost.message,
  };
  const { show, serverError, setServerError, start } = useSubmitErrors(id, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event) || !participants.ok || !cost.ok) return;
    try {
      await add({
        variables: {
          input: {
            poolId,
            name: name.trim(),
            targetGroup: targetGroup.trim(),
            plannedDate: date,
            plannedParticipants: participants.value,
            plannedCost: formatMoney(cost.value),
          },
        },
      });
      onSaved(`${name.trim()} er planlagt d. ${formatDateDa(date)} i ${poolName}.`);
    } catch (error) {
      setServerError(errorMessage(error));
    }
  }

  const input = (key: keyof typeof errors, hint: boolean) => ({
    id: `${id}-${key}`,
    "aria-invalid": Boolean(show(errors[key])),
    "aria-describedby": describedBy(`${id}-${key}`, hint ? "hint" : null, show(errors[key])),
  });

  return (
    <Modal
      title="Tilføj aktivitet"
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Tilføj aktivitet" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <FormField id={`${id}-name`} label="Aktivitet" error={show(errors.name)}>
        <input className="form-input" {...input("name", false)} value={name} onChange={(e) => setName(e.target.value)} />
      </FormField>
      <FormField id={`${id}-target`} label="Målgruppe" hint="Fx Tovholdere og jobcentermedarbejdere" error={show(errors.target)}>
        <input className="form-input" {...input("target", true)} value={targetGroup} onChange={(e) => setTargetGroup(e.target.value)} />
      </FormField>
      <div className="form-row-2">
        <FormField id={`${id}-date`} label="Planlagt dato" error={show(errors.date)}>
          <input type="date" className="form-input" {...input("date", false)} value={date} onChange={(e) => setDate(e.target.value)} />
        </FormField>
        <FormField id={`${id}-participants`} label="Planlagte deltagere" error={show(errors.participants)}>
          <input
            className="form-input input-width-xs"
            inputMode="numeric"
            {...input("participants", false)}
            value={participantsText}
            onChange={(e) => setParticipantsText(e.target.value)}
          />
        </FormField>
      </div>
      <FormField id={`${id}-cost`} label="Planlagt omkostning (kr.)" hint="Dansk talformat, fx 40.000" error={show(errors.cost)}>
        <input
          className="form-input input-width-s"
          inputMode="decimal"
          {...input("cost", true)}
          value={costText}
          onChange={(e) => setCostText(e.target.value)}
        />
      </FormField>
    </Modal>
  );
}
