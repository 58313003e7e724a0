import { describedBy, FormField } from "../../../ui/form-field";

/** A date (ÅÅÅÅ-MM-DD) in a dialog, with a hint and an error when one is shown. */
export function DateField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  type = "date",
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | null;
  value: string;
  onChange: (value: string) => void;
  /** "month" for ÅÅÅÅ-MM (a browser without a month picker shows a text field; the hint says the format). */
  type?: "date" | "month";
}) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <input
        type={type}
        className="form-input input-width-s"
        id={id}
        value={value}
        placeholder={type === "month" ? "ÅÅÅÅ-MM" : undefined}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FormField>
  );
}
