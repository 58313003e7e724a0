import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { FormField } from "../../../ui/form-field";
import { useCreateBudget, type DraftBudget } from "../hooks/use-budget-drafts";

function yearsBetween(first: number, last: number): number[] {
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

/** "Opret budget": name, first and last budget year (within the project's period) and the price level (p/l). */
function YearSelect({
  id,
  label,
  error,
  years,
  value,
  onChange,
}: {
  id: string;
  label: string;
  error?: string | null;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
}) {
  return (
    <FormField id={id} label={label} error={error}>
      <select id={id} className="form-select" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </FormField>
  );
}

export function CreateBudgetForm({
  projectId,
  firstYear,
  lastYear,
  defaultName,
  onCreated,
  onCancel,
}: {
  projectId: string;
  firstYear: number;
  lastYear: number;
  defaultName: string;
  onCreated: (budget: DraftBudget) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const years = yearsBetween(firstYear, lastYear);
  const [name, setName] = useState(defaultName);
  const [startYear, setStartYear] = useState(firstYear);
  const [endYear, setEndYear] = useState(lastYear);
  const [priceLevel, setPriceLevel] = useState(String(firstYear));
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useCreateBudget();
  const nameError = name.trim() === "" ? "Skriv budgettets navn." : null;
  const yearError = endYear < startYear ? "Sidste budgetår kan ikke ligge før første." : null;
  const priceError = priceLevel.trim() !== "" && !/^\d{4}$/.test(priceLevel.trim()) ? "Skriv p/l som et årstal, fx 2026, eller lad feltet stå tomt." : null;
  const [touched, setTouched] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(true);
    if (nameError || yearError || priceError) return;
    setFailure(null);
    try {
      const result = await create({
        variables: { input: { projectId, name: name.trim(), startYear, endYear, priceLevelYear: priceLevel.trim() ? Number(priceLevel.trim()) : null } },
      });
      if (result.data) onCreated(result.data.createBudget);
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  return (
    <form className="budget-create-form" onSubmit={(e) => void submit(e)} noValidate>
      {failure ? <ErrorAlert message={failure} /> : null}
      <FormField id={`${id}-name`} label="Budgettets navn" hint='Fx "Økonomioverslag" eller "Kompetenceudvikling".' error={touched ? nameError : null}>
        <input
          id={`${id}-name`}
          className="form-input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={touched && nameError ? true : undefined}
          aria-describedby={`${id}-name-hint${touched && nameError ? ` ${id}-name-error` : ""}`}
          maxLength={200}
        />
      </FormField>
      <div className="budget-create-years">
        <YearSelect id={`${id}-start`} label="Første budgetår" error={touched ? yearError : null} years={years} value={startYear} onChange={setStartYear} />
        <YearSelect id={`${id}-end`} label="Sidste budgetår" years={years} value={endYear} onChange={setEndYear} />
        <FormField id={`${id}-pl`} label="Pris- og lønniveau (p/l)" hint="Året, beløbene er opgjort i." error={touched ? priceError : null}>
          <input
            id={`${id}-pl`}
            className="form-input input-width-xs"
            inputMode="numeric"
            value={priceLevel}
            onChange={(e) => setPriceLevel(e.target.value)}
            aria-invalid={touched && priceError ? true : undefined}
            aria-describedby={`${id}-pl-hint${touched && priceError ? ` ${id}-pl-error` : ""}`}
          />
        </FormField>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? "Opretter …" : "Opret budget"}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={loading}>
            Annullér
          </button>
        ) : null}
      </div>
    </form>
  );
}
