import { describedBy, FormField } from "../../../ui/form-field";
import type { PlannerLine, PlannerView } from "../planner-view";
import { LineSelect } from "./line-select";

export type Financing = "line" | "grant";

/** The value of the income-line choice that creates a new income line for the grant. */
export const NEW_INCOME_LINE = "__ny__";

/** The screen's budget with the grant's new income line (no amounts yet), so the preview shows it like any line. */
export function withNewIncomeLine(view: PlannerView, name: string): { view: PlannerView; line: PlannerLine } {
  const line: PlannerLine = {
    id: NEW_INCOME_LINE,
    name: name || "Ny indtægtslinje",
    side: "INCOME",
    category: null,
    note: null,
    version: 1,
    amounts: new Map(view.years.map((y) => [y, 0n])),
    original: null,
    total: 0n,
    originalTotal: null,
    driver: null,
    activitySource: null,
  };
  const lines = [...view.lines, line];
  return { view: { ...view, lines, byId: new Map(lines.map((l) => [l.id, l])) }, line };
}

/** The messages for the financing's fields, once the user has tried to save; null for a field that is fine. */
export interface FinancingErrors {
  financingLine: string | null;
  grantText: string | null;
  grantLine: string | null;
  grantLineName: string | null;
}

/**
 * "Ændr linje"'s financing: another line in the budget, or a new grant booked as income on an income line
 * (an existing one, or a new one created with the change). The dialog (adjust-dialog.tsx) holds the values.
 */
export function FinancingFieldset({
  id,
  lines,
  lineId,
  financing,
  onFinancing,
  financingId,
  onFinancingId,
  grantText,
  onGrantText,
  grantLineId,
  onGrantLineId,
  grantLineName,
  onGrantLineName,
  errors,
}: {
  /** The dialog's useId(), so the fields' ids stay as they were. */
  id: string;
  lines: readonly PlannerLine[];
  /** The line being changed: it cannot finance itself. */
  lineId: string;
  financing: Financing;
  onFinancing: (financing: Financing) => void;
  financingId: string;
  onFinancingId: (lineId: string) => void;
  grantText: string;
  onGrantText: (text: string) => void;
  grantLineId: string;
  onGrantLineId: (lineId: string) => void;
  grantLineName: string;
  onGrantLineName: (name: string) => void;
  errors: FinancingErrors;
}) {
  const incomeLines = lines.filter((l) => l.side === "INCOME");
  return (
    <fieldset className="form-group">
      <legend className="form-label">Finansiering</legend>
      <div className="form-group-radio">
        <input
          type="radio"
          className="form-radio"
          id={`${id}-fin-line`}
          name={`${id}-fin`}
          checked={financing === "line"}
          onChange={() => onFinancing("line")}
        />
        <label className="form-label" htmlFor={`${id}-fin-line`}>
          En anden linje i budgettet
        </label>
      </div>
      {financing === "line" ? (
        <FormField
          id={`${id}-finline`}
          label="Finansieres af linje"
          hint="Samme side: linjen går den modsatte vej. Den anden side: indtægten følger udgiften."
          error={errors.financingLine}
          className="radio-subfield"
        >
          <LineSelect
            id={`${id}-finline`}
            lines={lines.filter((l) => l.id !== lineId)}
            value={financingId}
            onChange={onFinancingId}
            aria-invalid={Boolean(errors.financingLine)}
            aria-describedby={describedBy(`${id}-finline`, "hint", errors.financingLine)}
          />
        </FormField>
      ) : null}
      <div className="form-group-radio">
        <input
          type="radio"
          className="form-radio"
          id={`${id}-fin-grant`}
          name={`${id}-fin`}
          checked={financing === "grant"}
          onChange={() => onFinancing("grant")}
        />
        <label className="form-label" htmlFor={`${id}-fin-grant`}>
          En ny bevilling (tillægsbevilling)
        </label>
      </div>
      {financing === "grant" ? (
        <FormField id={`${id}-grant`} label="Bevillingen" error={errors.grantText} className="radio-subfield">
          <input
            className="form-input input-width-xl"
            id={`${id}-grant`}
            value={grantText}
            onChange={(e) => onGrantText(e.target.value)}
            aria-invalid={Boolean(errors.grantText)}
            aria-describedby={describedBy(`${id}-grant`, null, errors.grantText)}
          />
        </FormField>
      ) : null}
      {financing === "grant" ? (
        <FormField
          id={`${id}-grantline`}
          label="Bogføres som indtægt på"
          hint="En ny bevilling er en indtægt: indtægtslinjen stiger med samme beløb, så budgettet stadig balancerer."
          error={errors.grantLine}
          className="radio-subfield"
        >
          <select
            className="form-select"
            id={`${id}-grantline`}
            value={grantLineId}
            onChange={(e) => onGrantLineId(e.target.value)}
            aria-invalid={Boolean(errors.grantLine)}
            aria-describedby={describedBy(`${id}-grantline`, "hint", errors.grantLine)}
          >
            <option value="">Vælg indtægtslinje</option>
            {incomeLines.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
            <option value={NEW_INCOME_LINE}>Ny indtægtslinje …</option>
          </select>
        </FormField>
      ) : null}
      {financing === "grant" && grantLineId === NEW_INCOME_LINE ? (
        <FormField id={`${id}-grantname`} label="Den nye indtægtslinjes navn" error={errors.grantLineName} className="radio-subfield">
          <input
            className="form-input input-width-xl"
            id={`${id}-grantname`}
            value={grantLineName}
            onChange={(e) => onGrantLineName(e.target.value)}
            aria-invalid={Boolean(errors.grantLineName)}
            aria-describedby={describedBy(`${id}-grantname`, null, errors.grantLineName)}
          />
        </FormField>
      ) : null}
    </fieldset>
  );
}
