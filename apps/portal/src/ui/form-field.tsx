import type { ReactNode } from "react";

/** The ids an input should name in aria-describedby: its hint and its error, when shown. */
export function describedBy(id: string, hint: ReactNode, error: string | null | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
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
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">Fejl: </span>
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}
