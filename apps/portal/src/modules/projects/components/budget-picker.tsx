import { useId } from "react";

/** "Budget: …" – a choice only when the project has more than one budget. */
export function BudgetPicker({
  budgets,
  selectedId,
  onSelect,
}: {
  budgets: ReadonlyArray<{ id: string; name: string }>;
  selectedId: string;
  onSelect: (id: string) => void;
}) {
  const id = useId();
  if (budgets.length < 2) return null;
  return (
    <div className="form-group d-print-none">
      <label className="form-label" htmlFor={id}>
        Budget
      </label>
      <select className="form-select" id={id} value={selectedId} onChange={(e) => onSelect(e.target.value)}>
        {budgets.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
    </div>
  );
}
