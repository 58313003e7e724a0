import type { FlowInterventionFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { FormField, useSubmitErrors } from "../../../ui/form-field";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import type { TimelineMutations } from "../hooks/use-flow";
import { AREA_LABELS, AREAS } from "../flow-labels";
import { formatMonthPeriod, ISO_MONTH } from "../flow-view";
import { DateField } from "./date-field";
import { UnitSuggestions } from "./unit-suggestions";

/** Add an intervention from the catalogue to the citizen's plan, with who is responsible and the months it runs. */
export function AddPlanItemDialog({
  participantId,
  code,
  catalogue,
  defaultMonth,
  mutations,
  onClose,
  onSaved,
}: {
  participantId: string;
  code: string;
  catalogue: readonly FlowInterventionFragment[];
  defaultMonth: string;
  mutations: TimelineMutations;
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [add, { loading }] = mutations.addPlanItem;
  const [interventionId, setInterventionId] = useState("");
  const [unit, setUnit] = useState("");
  const [unitTouched, setUnitTouched] = useState(false);
  const [start, setStart] = useState(defaultMonth);
  const [end, setEnd] = useState(defaultMonth);
  const [aim, setAim] = useState(false);
  const offered = catalogue.filter((i) => i.active);
  const intervention = offered.find((i) => i.id === interventionId);
  const errors = {
    intervention: intervention ? null : "Vælg en indsats fra kataloget.",
    unit: unit.trim().length >= 2 ? null : "Angiv den ansvarlige enhed, fx Jobcenter.",
    start: ISO_MONTH.test(start) ? null : "Skriv første måned som ÅÅÅÅ-MM.",
    end: !ISO_MONTH.test(end) ? "Skriv sidste måned som ÅÅÅÅ-MM." : ISO_MONTH.test(start) && end < start ? "Sidste måned ligger før første måned." : null,
  };
  const { show, field, serverError, setServerError, start: startSubmit } = useSubmitErrors(id, errors);

  function choose(value: string) {
    setInterventionId(value);
    // The supplier is usually the unit responsible; the user can change it.
    const chosen = offered.find((i) => i.id === value);
    if (chosen && !unitTouched) setUnit(chosen.supplier);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!startSubmit(event) || !intervention) return;
    try {
      await add({
        variables: {
          input: { participantId, interventionId: intervention.id, responsibleUnit: unit.trim(), startMonth: start, endMonth: end, jobOrEducationAim: aim },
        },
      });
      onSaved(`${intervention.name} er tilføjet til indsatsplanen for ${code}, ${formatMonthPeriod(start, end)}.`);
    } catch (error) {
      setServerError(errorMessage(error));
    }
  }

  return (
    <Modal
      title={`Tilføj indsats for ${code}`}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Tilføj til planen" busyText="Tilføjer …" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <FormField id={`${id}-intervention`} label="Indsats fra ydelseskataloget" error={show(errors.intervention)}>
        <select className="form-select" value={interventionId} onChange={(e) => choose(e.target.value)} {...field("intervention")}>
          <option value="">Vælg indsats</option>
          {AREAS.map((area) => {
            const inArea = offered.filter((i) => i.area === area);
            return inArea.length === 0 ? null : (
              <optgroup key={area} label={AREA_LABELS[area]}>
                {inArea.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name} ({i.supplier})
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </FormField>
      <FormField
        id={`${id}-unit`}
        label="Ansvarlig enhed"
        hint="Den enhed, der starter indsatsen og melder, hvis borgeren ikke følger den"
        error={show(errors.unit)}
      >
        <input
          className="form-input input-width-l"
          list={`${id}-units`}
          value={unit}
          maxLength={200}
          onChange={(e) => {
            setUnitTouched(true);
            setUnit(e.target.value);
          }}
          {...field("unit", true)}
        />
        <UnitSuggestions id={`${id}-units`} />
      </FormField>
      <div className="form-row-2">
        <DateField id={`${id}-start`} type="month" label="Første måned" hint="ÅÅÅÅ-MM" error={show(errors.start)} value={start} onChange={setStart} />
        <DateField id={`${id}-end`} type="month" label="Sidste måned" hint="ÅÅÅÅ-MM" error={show(errors.end)} value={end} onChange={setEnd} />
      </div>
      <div className="form-group form-group-checkbox">
        <input type="checkbox" className="form-checkbox" id={`${id}-aim`} checked={aim} onChange={(e) => setAim(e.target.checked)} />
        <label className="form-label" htmlFor={`${id}-aim`}>
          Sigter mod job eller ordinær uddannelse
        </label>
      </div>
    </Modal>
  );
}
