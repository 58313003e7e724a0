import { formatQuantity } from "@overblik/domain";
import type { FlowPlanItemFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { FormField, useSubmitErrors } from "../../../ui/form-field";
import { formatDateDa, parseQuantityInput, toHundredths } from "../../../ui/format";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import type { TimelineMutations } from "../hooks/use-flow";
import { activitySourceLabel } from "../../budget/activity-source";
import { formatUnits, ISO_DATE } from "../flow-view";
import { countsAsActivity, type PayingLine } from "../paying-lines";
import { DateField } from "./date-field";

/**
 * What the delivery does to the budget, as the API decides it (plan.service: recordInterventionUnits):
 * activity on the intervention's line only when that line's source is INTERVENTION_UNITS. `lines`
 * is null when the budget's lines could not be read; then only the tie itself is known.
 */
function budgetEffect(item: FlowPlanItemFragment, lines: readonly PayingLine[] | null): { counts: boolean | null; text: string } {
  const lineId = item.intervention.budgetLineId;
  if (!lineId) return { counts: false, text: "Enhederne bliver ikke budgetaktivitet: indsatsen er ikke knyttet til en budgetlinje i ydelseskataloget." };
  const line = lines?.find((l) => l.id === lineId);
  if (!line) return { counts: null, text: "Indsatsen er knyttet til en budgetlinje; om enhederne tæller som aktivitet, afhænger af linjens aktivitetskilde." };
  if (countsAsActivity(line)) return { counts: true, text: `Enhederne bliver aktivitet på budgetlinjen »${line.name}«.` };
  return {
    counts: false,
    text: `Enhederne bliver ikke budgetaktivitet: budgetlinjen »${line.name}« får sin aktivitet fra ${activitySourceLabel(line.activitySource).toLowerCase()}.`,
  };
}

/** "Registrér leverede enheder": hours of mentor, weeks of placement … delivered to the citizen on a date. */
export function RecordUnitsDialog({
  item,
  code,
  lines,
  defaultDate,
  mutations,
  onClose,
  onSaved,
}: {
  item: FlowPlanItemFragment;
  code: string;
  lines: readonly PayingLine[] | null;
  defaultDate: string;
  mutations: TimelineMutations;
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [record, { loading }] = mutations.recordUnits;
  const [date, setDate] = useState(defaultDate);
  const [quantityText, setQuantityText] = useState("");
  const unit = item.intervention.unit;
  const delivered = toHundredths(item.unitsDelivered) ?? 0n;
  const quantity = parseQuantityInput(quantityText);
  const errors = {
    date: ISO_DATE.test(date) ? null : "Vælg leveringsdatoen.",
    quantity: quantity.ok ? null : quantity.message,
  };
  const { show, field, serverError, setServerError, start } = useSubmitErrors(id, errors);
  const effect = budgetEffect(item, lines);

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event) || !quantity.ok) return;
    try {
      const result = await record({ variables: { input: { itemId: item.id, date, quantity: formatQuantity(quantity.value), expectedVersion: item.version } } });
      const saved = result.data?.recordInterventionUnits.find((i) => i.id === item.id);
      const total = toHundredths(saved?.unitsDelivered) ?? delivered + quantity.value;
      const started = item.status === "PLANNED" && saved?.status === "IN_PROGRESS" ? " Indsatsen er nu i gang." : "";
      const budget =
        effect.counts === true
          ? `De er bogført som aktivitet på budgetlinjen »${lines?.find((l) => l.id === item.intervention.budgetLineId)?.name ?? ""}«.`
          : effect.text;
      onSaved(
        `${formatUnits(quantity.value, unit)} ${item.intervention.name} er registreret for ${code} d. ${formatDateDa(date)}; leveret i alt: ${formatUnits(total, unit)}.${started} ${budget}`,
      );
    } catch (e) {
      // Someone changed the plan item meanwhile: the timeline is fetched again, and the total above is the one now saved.
      if (errorCode(e) === "CONFLICT") {
        await mutations.refresh();
        setServerError(
          errorMessage(e, {
            CONFLICT: "Nogen har ændret planpunktet, siden du åbnede det. Planen er hentet igen: se det leverede indtil nu ovenfor, og registrér igen.",
          }),
        );
      } else {
        setServerError(errorMessage(e));
      }
    }
  }

  return (
    <Modal
      title="Registrér leverede enheder"
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Registrér enhederne" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">
        <strong>{item.intervention.name}</strong> for {code} ({item.responsibleUnit}). Leveret indtil nu: {formatUnits(delivered, unit)}.
      </p>
      <div className="form-row-2">
        <DateField id={`${id}-date`} label="Leveringsdato" error={show(errors.date)} value={date} onChange={setDate} />
        <FormField id={`${id}-quantity`} label="Antal leverede enheder" hint={`I katalogets enhed (${unit}), fx 3 eller 1,5`} error={show(errors.quantity)}>
          <input
            className="form-input input-width-xs"
            inputMode="decimal"
            value={quantityText}
            onChange={(e) => setQuantityText(e.target.value)}
            {...field("quantity", true)}
          />
        </FormField>
      </div>
      <section className="effect-section" aria-labelledby={`${id}-effect`} aria-live="polite">
        <h3 id={`${id}-effect`} className="h4 mt-0">
          Virkning, før du gemmer
        </h3>
        <ul className="m-0">
          <li>
            Leveret i alt bliver {quantity.ok ? formatUnits(delivered + quantity.value, unit) : <span className="line-meta-inline">(skriv antallet)</span>}.
          </li>
          {item.status === "PLANNED" ? <li>Indsatsen skifter fra planlagt til i gang.</li> : null}
          <li>{effect.text}</li>
        </ul>
      </section>
    </Modal>
  );
}
