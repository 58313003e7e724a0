import { useId, useState, type FormEvent } from "react";
import { FieldError } from "../../../ui/form-field";
import { formatDateDa } from "../../../ui/format";
import { ISO_DATE } from "../flow-view";

/**
 * The date a page's figures are for. Applied with the button, not on every keystroke: a date typed
 * digit by digit passes through valid dates, and each fetch of the overview is logged per citizen.
 */
export function AsOfForm({
  value,
  fallback,
  hint,
  buttonText,
  onApply,
}: {
  value: string;
  fallback: string;
  hint: string;
  buttonText: string;
  onApply: (date: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!ISO_DATE.test(text)) {
      setError("Vælg en dato.");
      return;
    }
    setError(null);
    onApply(text);
  }

  return (
    <form className="flow-controls d-print-none" onSubmit={submit} aria-label="Vælg dato">
      <div className={`form-group${error ? " form-error" : ""}`}>
        <label className="form-label" htmlFor={id}>
          Pr. dato
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
        <FieldError id={id} error={error} />
        <input
          type="date"
          className="form-input"
          id={id}
          value={text}
          aria-invalid={Boolean(error)}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-secondary">
          {buttonText}
        </button>
        {value !== fallback ? (
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => {
              setText(fallback);
              onApply(fallback);
            }}
          >
            Tilbage til {formatDateDa(fallback)}
          </button>
        ) : null}
      </div>
    </form>
  );
}
