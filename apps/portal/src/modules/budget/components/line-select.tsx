import type { BudgetSide } from "@overblik/domain";
import type { SelectHTMLAttributes } from "react";

const GROUP_LABELS: Record<BudgetSide, string> = { INCOME: "Indtægter", EXPENSE: "Udgifter" };

/** A budget line chooser, grouped as the budget is (Indtægter, Udgifter). */
export function LineSelect({
  lines,
  value,
  onChange,
  placeholder = "Vælg linje",
  ...rest
}: {
  lines: ReadonlyArray<{ id: string; name: string; side: BudgetSide }>;
  value: string;
  onChange: (id: string) => void;
  placeholder?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "value" | "onChange">) {
  const sides = (["INCOME", "EXPENSE"] as const).filter((side) => lines.some((l) => l.side === side));
  return (
    <select className="form-select" value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
      <option value="">{placeholder}</option>
      {sides.map((side) => (
        <optgroup key={side} label={GROUP_LABELS[side]}>
          {lines
            .filter((l) => l.side === side)
            .map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
