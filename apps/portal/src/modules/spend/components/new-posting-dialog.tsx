import { formatMoney, formatQuantity } from "@overblik/domain";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { describedBy, FormField, useSubmitErrors } from "../../../ui/form-field";
import { formatDateDa, formatKr, parseAmountInput, parseQuantityInput } from "../../../ui/format";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { LineSelect } from "../../budget/components/line-select";
import { useAddPosting } from "../hooks/use-postings";
import type { PostingLine } from "../postings-view";

/**
 * "Ny postering". The amount is typed the Danish way ("1.234,50") and sent as the API's decimal
 * string ("1234.50") through bigint øre, never through a float.
 */
export function NewPostingDialog({
  lines,
  defaultDate,
  onClose,
  onSaved,
}: {
  lines: readonly PostingLine[];
  defaultDate: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const id = useId();
  const [add, { loading }] = useAddPosting();
  const [lineId, setLineId] = useState("");
  const [date, setDate] = useState(defaultDate);
  const [voucher, setVoucher] = useState("");
  const [text, setText] = useState("");
  const [amountText, setAmountText] = useState("");
  const [quantityText, setQuantityText] = useState("");

  const line = lines.find((l) => l.id === lineId);
  const amount = parseAmountInput(amountText, { allowNegative: true });
  const quantity = quantityText.trim() === "" ? null : parseQuantityInput(quantityText, { allowZero: true });
  const errors = {
    line: line ? null : "Vælg den budgetlinje, posteringen hører til.",
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? null : "Vælg bogføringsdatoen.",
    voucher: voucher.trim() ? null : "Skriv bilagsnummeret.",
    text: text.trim() ? null : "Skriv en tekst, der siger hvad posteringen er.",
    amount: amount.ok ? null : amount.message,
    quantity: quantity && !quantity.ok ? quantity.message : null,
  };
  const { show, serverError, setServerError, start } = useSubmitErrors(id, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event) || !line || !amount.ok) return;
    try {
      await add({
        variables: {
          input: {
            budgetLineId: line.id,
            date,
            amount: formatMoney(amount.value),
            text: text.trim(),
            voucher: voucher.trim(),
            quantity: quantity && quantity.ok ? formatQuantity(quantity.value) : null,
          },
        },
      });
      onSaved(`Bilag ${voucher.trim()} er bogført: ${formatKr(amount.value)} på ${line.name} d. ${formatDateDa(date)}.`);
    } catch (error) {
      setServerError(errorMessage(error));
    }
  }

  const field = (key: keyof typeof errors) => ({
    id: `${id}-${key}`,
    "aria-invalid": Boolean(show(errors[key])),
  });

  return (
    <Modal
      title="Ny postering"
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Bogfør postering" busyText="Bogfører …" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">En postering rettes og slettes aldrig. En fejl rettes bagefter med en tilbageførsel.</p>
      <FormField id={`${id}-line`} label="Budgetlinje" error={show(errors.line)}>
        <LineSelect
          {...field("line")}
          lines={lines}
          value={lineId}
          onChange={setLineId}
          aria-describedby={describedBy(`${id}-line`, null, show(errors.line))}
        />
      </FormField>
      <div className="form-row-2">
        <FormField id={`${id}-date`} label="Bogføringsdato" error={show(errors.date)}>
          <input
            type="date"
            className="form-input"
            {...field("date")}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-describedby={describedBy(`${id}-date`, null, show(errors.date))}
          />
        </FormField>
        <FormField id={`${id}-voucher`} label="Bilag" hint="Bilagsnummeret fra økonomisystemet" error={show(errors.voucher)}>
          <input
            className="form-input"
            {...field("voucher")}
            autoComplete="off"
            value={voucher}
            onChange={(e) => setVoucher(e.target.value)}
            aria-describedby={describedBy(`${id}-voucher`, "hint", show(errors.voucher))}
          />
        </FormField>
      </div>
      <FormField id={`${id}-text`} label="Tekst" error={show(errors.text)}>
        <input
          className="form-input"
          {...field("text")}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={describedBy(`${id}-text`, null, show(errors.text))}
        />
      </FormField>
      <div className="form-row-2">
        <FormField
          id={`${id}-amount`}
          label="Beløb (kr.)"
          hint="Dansk talformat, fx 1.234,50; minus for en indtægt eller kreditering"
          error={show(errors.amount)}
        >
          <input
            className="form-input"
            {...field("amount")}
            inputMode="decimal"
            autoComplete="off"
            value={amountText}
            onChange={(e) => setAmountText(e.target.value)}
            aria-describedby={describedBy(`${id}-amount`, "hint", show(errors.amount))}
          />
        </FormField>
        <FormField
          id={`${id}-quantity`}
          label={line?.driver ? `Antal ${line.driver.unit} (valgfri)` : "Antal (valgfri)"}
          hint={line?.driver ? "Den aktivitet, posteringen betalte for, fx 2,5" : "Kun for linjer med en aktivitet, fx timer"}
          error={show(errors.quantity)}
        >
          <input
            className="form-input input-width-xs"
            {...field("quantity")}
            inputMode="decimal"
            autoComplete="off"
            value={quantityText}
            onChange={(e) => setQuantityText(e.target.value)}
            aria-describedby={describedBy(`${id}-quantity`, "hint", show(errors.quantity))}
          />
        </FormField>
      </div>
    </Modal>
  );
}
