import { describedBy, FormField } from "../../../ui/form-field";
import { unitsEffect, type PayingLine } from "../paying-lines";

/**
 * "Betales af": the project's expense lines, or none. The hint under it says what the choice does
 * to delivered units before it is saved. A line on the income side is offered only when it is the
 * current choice (set through the API), so it is never silently dropped.
 */
export function PayingLineSelect({
  id,
  lines,
  value,
  onChange,
  error = null,
  optional = false,
  label,
  effect = unitsEffect,
}: {
  id: string;
  lines: readonly PayingLine[];
  value: string;
  onChange: (lineId: string) => void;
  error?: string | null;
  optional?: boolean;
  /** The label when the line pays for something else than an intervention's units (e.g. a team member's hours). */
  label?: string;
  /** What choosing the line does, under the field; by default to delivered units. */
  effect?: (line: PayingLine | null) => string;
}) {
  const offered = lines.filter((l) => l.side === "EXPENSE" || l.id === value);
  const budgets = [...new Set(offered.map((l) => l.budgetName))];
  const chosen = lines.find((l) => l.id === value) ?? null;
  const options = (inBudget: readonly PayingLine[]) =>
    inBudget.map((l) => (
      <option key={l.id} value={l.id}>
        {l.name}
      </option>
    ));
  return (
    <FormField id={id} label={label ?? (optional ? "Betales af budgetlinjen (valgfri)" : "Betales af budgetlinjen")} hint={effect(chosen)} error={error}>
      <select
        className="form-select input-width-xl"
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, "hint", error)}
      >
        <option value="">Ingen</option>
        {budgets.length > 1
          ? budgets.map((b) => (
              <optgroup key={b} label={b}>
                {options(offered.filter((l) => l.budgetName === b))}
              </optgroup>
            ))
          : options(offered)}
      </select>
    </FormField>
  );
}
