import { useId, useState, type FormEvent } from "react";
import { Alert, ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { describedBy, FormField } from "../../../ui/form-field";
import { formatInteger } from "../../../ui/format";
import { useSetAccessLogRetention } from "../hooks/use-access-log";

function describeDays(days: number): string {
  const years = days / 365;
  return Number.isInteger(years) ? `${formatInteger(days)} dage (${years === 1 ? "1 år" : `${years} år`})` : `${formatInteger(days)} dage`;
}

/** How long the access log is kept before the scheduled job deletes older rows (30–36.500 days). */
export function RetentionSetting({ days }: { days: number }) {
  const id = useId();
  const [save, { loading }] = useSetAccessLogRetention();
  const [draft, setDraft] = useState(String(days));
  const [submitted, setSubmitted] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const value = /^\d+$/.test(draft.trim().replace(/\./g, "")) ? Number(draft.trim().replace(/\./g, "")) : NaN;
  const error = Number.isInteger(value) && value >= 30 && value <= 36500 ? null : "Skriv et helt antal dage mellem 30 og 36.500.";
  const shown = submitted ? error : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setMessage(null);
    setServerError(null);
    if (error) {
      document.getElementById(`${id}-days`)?.focus();
      return;
    }
    try {
      const result = await save({ variables: { days: value } });
      const saved = result.data?.setAccessLogRetentionDays ?? value;
      setMessage(`Adgangsloggen gemmes nu i ${describeDays(saved)}; ældre rækker slettes automatisk.`);
      setSubmitted(false);
    } catch (e) {
      setServerError(errorMessage(e));
    }
  }

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-busy={loading}>
      <p>
        Loggen gemmes nu i <strong>{describeDays(days)}</strong>. Ældre rækker slettes automatisk; ellers kan loggen hverken ændres eller slettes.
      </p>
      <div aria-live="polite">
        {message ? (
          <Alert variant="success">
            <p className="m-0">{message}</p>
          </Alert>
        ) : null}
        {serverError ? <ErrorAlert message={serverError} /> : null}
      </div>
      <div className="inline-form">
        <FormField id={`${id}-days`} label="Opbevaringstid i dage" hint="Mellem 30 og 36.500 dage" error={shown}>
          <input
            className="form-input input-width-xs"
            id={`${id}-days`}
            inputMode="numeric"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            aria-invalid={Boolean(shown)}
            aria-describedby={describedBy(`${id}-days`, "hint", shown)}
          />
        </FormField>
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? "Gemmer …" : "Gem opbevaringstid"}
        </button>
      </div>
    </form>
  );
}
