import { formatQuantity } from "@overblik/domain";
import { useId, useState, type FormEvent } from "react";
import { Alert, ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { FormField, useSubmitErrors } from "../../../ui/form-field";
import { formatDateDa, formatQuantityDa, parseQuantityInput } from "../../../ui/format";
import { useRecordActivity } from "../hooks/use-follow-up";

type DrivenLine = { id: string; name: string; driver: { unit: string } };

/** "Registrér aktivitet": hours, conversations … delivered on a line with an activity driver. */
export function RecordActivityForm({ lines, defaultDate }: { lines: readonly DrivenLine[]; defaultDate: string }) {
  const id = useId();
  const [record, { loading }] = useRecordActivity();
  const [lineId, setLineId] = useState("");
  const [date, setDate] = useState(defaultDate);
  const [quantityText, setQuantityText] = useState("");
  const [note, setNote] = useState("");
  const [done, setDone] = useState<string | null>(null);

  const line = lines.find((l) => l.id === lineId);
  const quantity = parseQuantityInput(quantityText);
  const errors = {
    line: line ? null : "Vælg den linje, aktiviteten hører til.",
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? null : "Vælg en dato.",
    quantity: quantity.ok ? null : quantity.message,
  };
  const { show, reset, field, serverError, setServerError, start } = useSubmitErrors(id, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    setDone(null);
    if (!start(event) || !line || !quantity.ok) return;
    try {
      await record({
        variables: { input: { budgetLineId: line.id, date, quantity: formatQuantity(quantity.value), note: note.trim() || null } },
      });
      setDone(`Registreret: ${formatQuantityDa(quantity.value)} ${line.driver.unit} på ${line.name} d. ${formatDateDa(date)}. Opfølgningen er opdateret.`);
      setQuantityText("");
      setNote("");
      reset();
    } catch (error) {
      setServerError(errorMessage(error));
    }
  }

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-busy={loading} className="record-activity-form">
      {serverError ? <ErrorAlert message={serverError} /> : null}
      {done ? (
        <Alert variant="success">
          <p className="m-0">{done}</p>
        </Alert>
      ) : null}
      <div className="form-row-2">
        <FormField id={`${id}-line`} label="Linje med aktivitet" error={show(errors.line)}>
          <select className="form-select" value={lineId} onChange={(e) => setLineId(e.target.value)} {...field("line")}>
            <option value="">Vælg linje</option>
            {lines.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name} ({l.driver.unit})
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={`${id}-date`} label="Dato" error={show(errors.date)}>
          <input type="date" className="form-input input-width-s" value={date} onChange={(e) => setDate(e.target.value)} {...field("date")} />
        </FormField>
      </div>
      <div className="form-row-2">
        <FormField
          id={`${id}-quantity`}
          label={line ? `Antal ${line.driver.unit}` : "Antal"}
          hint="Dansk talformat, fx 3 eller 2,5"
          error={show(errors.quantity)}
        >
          <input
            className="form-input input-width-xs"
            inputMode="decimal"
            autoComplete="off"
            value={quantityText}
            onChange={(e) => setQuantityText(e.target.value)}
            {...field("quantity", true)}
          />
        </FormField>
        <FormField id={`${id}-note`} label="Note (valgfri)">
          <input className="form-input" id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
        </FormField>
      </div>
      <button type="submit" className="button button-primary" disabled={loading}>
        {loading ? "Registrerer …" : "Registrér aktivitet"}
      </button>
    </form>
  );
}
