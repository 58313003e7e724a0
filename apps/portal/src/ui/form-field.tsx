import { useState, type FormEvent, type ReactNode } from "react";

/** The ids an input should name in aria-describedby: its hint and its error, when shown. */
export function describedBy(id: string, hint: ReactNode, error: string | null | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** dkfds's error message for the field (or fieldset) `id`, named `${id}-error` for aria-describedby; nothing without an error. */
export function FieldError({ id, error }: { id: string; error: string | null | undefined }) {
  return error ? (
    <span className="form-error-message" id={`${id}-error`}>
      <span className="sr-only">Fejl: </span>
      {error}
    </span>
  ) : null;
}

/**
 * dkfds's form group: label, hint and error message above the field. The field itself is the
 * child, so it can be an input, a select or a textarea; give it `id`, `aria-describedby`
 * (describedBy) and `aria-invalid`.
 */
export function FormField({
  id,
  label,
  hint,
  error,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`form-group${error ? " form-error" : ""}${className ? ` ${className}` : ""}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}

/** A form's one submit button in its button row, saying what it does while it runs. */
export function SubmitRow({ busy, text, busyText = "Gemmer …" }: { busy: boolean; text: string; busyText?: string }) {
  return (
    <div className="button-row">
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? busyText : text}
      </button>
    </div>
  );
}

/** dkfds's radio buttons for a choice among `options` (value and label), each with the id `${id}-${value}`. */
export function RadioOptions<V extends string>({
  id,
  options,
  value,
  onChange,
}: {
  id: string;
  options: ReadonlyArray<readonly [V, ReactNode]>;
  value: V | null;
  onChange: (value: V) => void;
}) {
  return options.map(([v, label]) => (
    <div className="form-group-radio" key={v}>
      <input type="radio" className="form-radio" id={`${id}-${v}`} name={id} checked={value === v} onChange={() => onChange(v)} />
      <label className="form-label" htmlFor={`${id}-${v}`}>
        {label}
      </label>
    </div>
  ));
}

/** dkfds's group of radio buttons or checkboxes: the legend, its error above the options (`${id}-error`), the group named by both. */
export function ChoiceGroup({ id, legend, error, children }: { id: string; legend: ReactNode; error: string | null | undefined; children: ReactNode }) {
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="form-label">{legend}</legend>
        <FieldError id={id} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

/**
 * A form's errors shown only once the user has tried to submit. `check()` marks the form
 * submitted and, when a field is in error, focuses it (its id is `${id}-${key}`, or `${id}-${focus[key]}`
 * for a field whose first input is named otherwise, such as a radio group's first option) and returns false.
 */
export function useSubmitErrors<K extends string>(id: string, errors: Record<K, string | null>, focus: Partial<Record<K, string>> = {}) {
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const check = (): boolean => {
    setSubmitted(true);
    const first = (Object.keys(errors) as K[]).find((k) => errors[k]);
    if (first === undefined) return true;
    document.getElementById(`${id}-${focus[first] ?? first}`)?.focus();
    return false;
  };
  return {
    submitted,
    /** The server's answer to the last save, in Danish; cleared when the user submits again. */
    serverError,
    setServerError,
    shown: (key: K): string | null => (submitted ? errors[key] : null),
    /** A message shown only after a submit, for checks that are not one field's. */
    show: (message: string | null): string | null => (submitted ? message : null),
    /** An input's own attributes for the field `key`: its id, and its error (once shown) for assistive technology. */
    field: (key: K, hint = false) => ({
      id: `${id}-${key}`,
      "aria-invalid": submitted && errors[key] !== null,
      "aria-describedby": describedBy(`${id}-${key}`, hint ? "hint" : null, submitted ? errors[key] : null),
    }),
    /** The form starts afresh (its values were replaced): no errors shown until the next submit. */
    reset: () => setSubmitted(false),
    check,
    /**
     * A submit's start: no page reload, the last server error cleared, and whether every field holds (check()).
     * An arrow function like the rest, since the forms take it out of this object by destructuring.
     */
    start: (event: FormEvent<HTMLFormElement>): boolean => {
      event.preventDefault();
      setServerError(null);
      return check();
    },
  };
}
