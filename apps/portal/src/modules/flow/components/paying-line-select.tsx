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
}: {
  id: string;
  lines: readonly PayingLine[];
  value: string;
  onChange: (lineId: string) => void;
  error?: string | null;
  optional?: boolean;
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
    <FormField id={id} label={optional ? "Betales af budgetlinjen (valgfri)" : "Betales af budgetlinjen"} hint={unitsEffect(chosen)} error={error}>
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
