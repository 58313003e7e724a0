import { formatMoney, sentence, type Ore } from "@overblik/domain";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { describedBy, FormField } from "../../../ui/form-field";
import { formatKr, formatKrPlain, parseAmountInput } from "../../../ui/format";
import { Modal } from "../../../ui/modal";
import { useSetApprovalThreshold } from "../hooks/use-budget-planner";

/** The project's approval threshold; the styregruppe can change it. */
export function ApprovalThreshold({
  projectId,
  projectVersion,
  threshold,
  canChange,
  onChanged,
  refetch,
}: {
  projectId: string;
  projectVersion: number;
  threshold: Ore;
  canChange: boolean;
  onChanged: (message: string) => void;
  refetch: () => Promise<unknown>;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [save, { loading }] = useSetApprovalThreshold();
  const parsed = parseAmountInput(text, { allowZero: true });
  const fieldError = submitted && !parsed.ok ? parsed.message : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (!parsed.ok) {
      document.getElementById(`${id}-amount`)?.focus();
      return;
    }
    try {
      await save({ variables: { input: { projectId, amount: formatMoney(parsed.value), expectedVersion: projectVersion } } });
      setOpen(false);
      onChanged(sentence(`Tærsklen for styregruppens godkendelse er nu ${formatKr(parsed.value)}`));
    } catch (error) {
      if (errorCode(error) === "CONFLICT") await refetch().catch(() => undefined);
      setServerError(errorMessage(error));
    }
  }

  return (
    <>
      Tærskel for styregruppens godkendelse: {formatKr(threshold)}
      {canChange ? (
        <>
          {" "}
          <button
            type="button"
            className="function-link d-print-none"
            onClick={() => {
              setText(formatKrPlain(threshold));
              setSubmitted(false);
              setServerError(null);
              setOpen(true);
            }}
          >
            Ret tærskel
          </button>
        </>
      ) : null}
      {open ? (
        <Modal
          title="Tærskel for styregruppens godkendelse"
          onClose={() => setOpen(false)}
          onSubmit={(e) => void submit(e)}
          busy={loading}
          footer={
            <>
              <button type="submit" className="button button-primary" disabled={loading}>
                {loading ? "Gemmer …" : "Gem tærskel"}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setOpen(false)} disabled={loading}>
                Annullér
              </button>
            </>
          }
        >
          {serverError ? <ErrorAlert message={serverError} /> : null}
          <p className="mt-0">
            En justering, der flytter mere end tærsklen på en linje, skal godkendes af styregruppen. En ændring af budgettets total skal altid godkendes.
          </p>
          <FormField id={`${id}-amount`} label="Tærskel (kr.)" hint="Dansk talformat, fx 50.000" error={fieldError}>
            <input
              className="form-input input-width-s"
              id={`${id}-amount`}
              inputMode="decimal"
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={Boolean(fieldError)}
              aria-describedby={describedBy(`${id}-amount`, "hint", fieldError)}
            />
          </FormField>
        </Modal>
      ) : null}
    </>
  );
}
