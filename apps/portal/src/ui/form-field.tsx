import { useState, type ReactNode } from "react";

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

/**
 * A form's errors shown only once the user has tried to submit. `check()` marks the form
 * submitted and, when a field is in error, focuses it (its id is `${id}-${key}`) and returns false.
 */
export function useSubmitErrors<K extends string>(id: string, errors: Record<K, string | null>) {
  const [submitted, setSubmitted] = useState(false);
  return {
    shown: (key: K): string | null => (submitted ? errors[key] : null),
    /** The form starts afresh (its values were replaced): no errors shown until the next submit. */
    reset: () => setSubmitted(false),
    // An arrow function, not a method: forms destructure it (`const { check } = …`), so it must not depend on `this`.
    check: (): boolean => {
      setSubmitted(true);
      const first = (Object.keys(errors) as K[]).find((k) => errors[k]);
      if (first === undefined) return true;
      document.getElementById(`${id}-${first}`)?.focus();
      return false;
    },
  };
}
