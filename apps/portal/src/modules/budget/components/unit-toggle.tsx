import { useId } from "react";
import { MONEY_UNITS, UNIT_LABELS, type MoneyUnit } from "../../../ui/format";

/** "Vis beløb i": kr. or t.kr., as dkfds radio buttons side by side. */
export function UnitToggle({ value, onChange }: { value: MoneyUnit; onChange: (unit: MoneyUnit) => void }) {
  const id = useId();
  return (
    <div className="form-group unit-toggle">
      <fieldset>
        <legend className="form-label">Vis beløb i</legend>
        <div className="unit-toggle-options">
          {MONEY_UNITS.map((unit) => (
            <div className="form-group-radio" key={unit}>
              <input
                type="radio"
                className="form-radio"
                id={`${id}-${unit}`}
                name={`${id}-unit`}
                value={unit}
                checked={value === unit}
                onChange={() => onChange(unit)}
              />
              <label className="form-label" htmlFor={`${id}-${unit}`}>
                {UNIT_LABELS[unit]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
