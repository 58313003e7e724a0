import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { FormField, useSubmitErrors } from "../../../ui/form-field";
import { formatDateDa, formatKr, toOre } from "../../../ui/format";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { useReversePosting } from "../hooks/use-postings";
import type { PostingData } from "../postings-view";

/** "Tilbagefør": a counter-posting with the opposite amount; the original stays as it was. */
export function ReversePostingDialog({
  posting,
  defaultDate,
  onClose,
  onSaved,
}: {
  posting: PostingData;
  defaultDate: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const id = useId();
  const [reverse, { loading }] = useReversePosting();
  const [date, setDate] = useState(defaultDate);
  const [voucher, setVoucher] = useState("");
  const [reason, setReason] = useState("");
  const errors = {
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? null : "Vælg modposteringens dato.",
    reason: reason.trim() ? null : "Skriv hvorfor posteringen tilbageføres.",
  };
  const { show, field, serverError, setServerError, start } = useSubmitErrors(id, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event)) return;
    try {
      await reverse({ variables: { input: { postingId: posting.id, date, reason: reason.trim(), voucher: voucher.trim() || null } } });
      onSaved(`Bilag ${posting.voucher} er tilbageført med en modpostering på ${formatKr(-toOre(posting.amount))} d. ${formatDateDa(date)}.`);
    } catch (error) {
      setServerError(errorMessage(error));
    }
  }

  return (
    <Modal
      title="Tilbagefør postering"
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Tilbagefør" busyText="Tilbagefører …" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">
        Bilag <strong>{posting.voucher}</strong> d. {formatDateDa(posting.date)}: {posting.text}, {formatKr(toOre(posting.amount))} på {posting.lineName}.
      </p>
      <p>Der bogføres en modpostering med det modsatte beløb. Den oprindelige postering bliver stående.</p>
      <div className="form-row-2">
        <FormField id={`${id}-date`} label="Modposteringens dato" error={show(errors.date)}>
          <input type="date" className="form-input" value={date} onChange={(e) => setDate(e.target.value)} {...field("date")} />
        </FormField>
        <FormField id={`${id}-voucher`} label="Bilag (valgfri)" hint={`Ellers ${posting.voucher}-T`}>
          <input
            className="form-input"
            id={`${id}-voucher`}
            autoComplete="off"
            value={voucher}
            onChange={(e) => setVoucher(e.target.value)}
            aria-describedby={`${id}-voucher-hint`}
          />
        </FormField>
      </div>
      <FormField id={`${id}-reason`} label="Begrundelse" error={show(errors.reason)}>
        <textarea className="form-input input-width-xl" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} {...field("reason")} />
      </FormField>
    </Modal>
  );
}
