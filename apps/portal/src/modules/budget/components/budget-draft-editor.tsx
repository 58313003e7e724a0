import type { BudgetSide } from "@overblik/domain";
import { useId, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { Alert } from "../../../ui/alert";
import { formatKr, formatKrPlain } from "../../../ui/format";
import { accountPartsText, cellError, columnLabel, gridColumns, gridTotals, isYearColumn, lineErrors, SIDE_LABELS, type GridLine } from "../budget-draft-cells";
import {
  addLine,
  applyPaste,
  fromServerLines,
  isDirtyCell,
  isDirtyGrid,
  isDirtyLine,
  moveLine,
  newLine,
  normalizeCell,
  setCell,
  toSaveLines,
} from "../budget-draft-grid";
import { caretAtEdge, nextCell, splitClipboard, type GridKey } from "../budget-draft-keyboard";
import type { DraftBudget } from "../hooks/use-budget-drafts";
import { BalanceBadge } from "./balance-badge";
import { YearTotalsTable, type YearTotalsRow } from "./year-totals-table";

const SIDES: readonly BudgetSide[] = ["INCOME", "EXPENSE"];

let keySequence = 0;
const makeKey = () => `ny-${++keySequence}`;

function gridKey(event: KeyboardEvent<HTMLInputElement>): GridKey | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case "Tab":
      return event.shiftKey ? "ShiftTab" : "Tab";
    case "Enter":
      return event.shiftKey ? "ShiftEnter" : "Enter";
    case "ArrowUp":
    case "ArrowDown":
    case "ArrowLeft":
    case "ArrowRight":
      return event.key;
    default:
      return null;
  }
}

/**
 * The draft budget as a grid a leader who lives in Excel accepts: one row per line under Indtægter and
 * Udgifter, one column per year, Tab/Enter/arrows between cells, Danish numbers, paste of a column from
 * Excel, and sums and the balance per year updating as they type. Mount it with a key of the budget's
 * version: a save or a reload starts it afresh from the server.
 */
export function BudgetDraftEditor({
  budget,
  canEdit,
  canSubmit,
  busy,
  onSave,
}: {
  budget: DraftBudget;
  canEdit: boolean;
  canSubmit: boolean;
  busy: boolean;
  /** Called with the grid's lines when the user saves ("Gem udkast" or before "Send til godkendelse"). */
  onSave: (lines: GridLine[], then: "save" | "submit") => void;
}) {
  const years = budget.years;
  const columns = useMemo(() => gridColumns(years), [years]);
  const loadedIds = useMemo(() => budget.lines.map((l) => l.id), [budget.lines]);
  const [lines, setLines] = useState<GridLine[]>(() => {
    const loaded = fromServerLines(budget.lines, years);
    // A new budget starts with one empty line on each side, ready to type in.
    return loaded.length > 0 ? loaded : SIDES.map((side) => newLine(side, years, makeKey()));
  });
  const [showErrors, setShowErrors] = useState(false);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const captionId = useId();
  const statusId = useId();

  const dirty = isDirtyGrid(lines, loadedIds);
  const totals = gridTotals(lines, years);
  const saveCheck = toSaveLines(lines, years);

  function focusCell(row: number, col: number) {
    const line = lines[row];
    const column = columns[col];
    if (!line || !column) return;
    const focus = () => {
      const input = inputs.current.get(`${line.key}|${column}`);
      input?.focus();
      input?.select();
      return input !== undefined;
    };
    // Synchronously, so fast typing (Tab, Tab, digits) lands where the spreadsheet habit expects; an input
    // that mounts with this render (a new line) is focused on the next frame.
    if (!focus()) requestAnimationFrame(focus);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, row: number, col: number) {
    const key = gridKey(event);
    if (!key) return;
    if ((key === "ArrowLeft" || key === "ArrowRight") && !caretAtEdge(event.currentTarget, key)) return;
    const target = nextCell({ row, col }, key, lines.length, columns.length);
    if (!target) return; // Tab past the last cell leaves the grid, as a browser does.
    event.preventDefault();
    focusCell(target.row, target.col);
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>, row: number, col: number) {
    if (!canEdit) return;
    const matrix = splitClipboard(event.clipboardData.getData("text/plain"));
    if (!matrix) return; // one value: an ordinary paste into the cell
    event.preventDefault();
    setLines(applyPaste(lines, { row, col }, matrix, years, makeKey));
  }

  function remove(row: number) {
    setLines(lines.filter((_, i) => i !== row));
  }

  function add(side: BudgetSide) {
    const line = newLine(side, years, makeKey());
    const next = addLine(lines, line);
    setLines(next);
    requestAnimationFrame(() => inputs.current.get(`${line.key}|name`)?.focus());
  }

  function save(then: "save" | "submit") {
    if (!saveCheck.ok) {
      setShowErrors(true);
      return;
    }
    onSave(lines, then);
  }

  const sideTotal = (side: BudgetSide, year: number) =>
    side === "INCOME" ? (totals.perYear.find((y) => y.year === year)?.income ?? 0n) : (totals.perYear.find((y) => y.year === year)?.expense ?? 0n);
  const numberOf = (row: number) => {
    const line = lines[row];
    return line ? lines.slice(0, row + 1).filter((l) => l.side === line.side).length : 0;
  };
  const leadingColumns = 1;
  const trailingColumns = 1;

  return (
    <div className="budget-draft-editor">
      <div className="budget-draft-toolbar button-row d-print-none">
        {canEdit ? (
          <>
            <button type="button" className="button button-primary" disabled={busy || !dirty} onClick={() => save("save")}>
              {busy ? "Gemmer …" : "Gem udkast"}
            </button>
            {canSubmit ? (
              <button type="button" className="button button-secondary" disabled={busy} onClick={() => save("submit")}>
                Send til godkendelse
              </button>
            ) : null}
          </>
        ) : null}
        <span className="budget-draft-dirty" role="status" aria-live="polite">
          {dirty ? "Der er ændringer, som ikke er gemt." : "Alt er gemt."}
        </span>
      </div>

      {showErrors && !saveCheck.ok ? (
        <Alert variant="error" headingLevel={3} heading="Ret cellerne, før udkastet kan gemmes">
          <ul className="m-0">
            {saveCheck.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <p className="form-hint" id={`${captionId}-help`}>
        Skriv beløb i kroner med dansk talformat, fx 1.234,50 eller -200. Tab og Enter flytter til næste celle, piletasterne mellem cellerne. Indsæt en kolonne
        tal fra Excel i en celle, så fyldes cellerne nedenunder. Har en linje en driver, følger beløbet af antal × sats, når du skriver satsen, og satsen af
        beløbet, når du skriver beløbet.
      </p>

      <div className="budget-draft-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table table--compact budget-draft-grid" aria-describedby={`${captionId}-help`}>
          <caption id={captionId} className="sr-only">
            Budgetudkast: {budget.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">Linjens status</span>
              </th>
              {columns.map((c) => (
                <th key={c} scope="col" className={isYearColumn(c) ? "text-align-right" : undefined}>
                  {columnLabel(c)}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Handlinger</span>
              </th>
            </tr>
          </thead>
          {SIDES.map((side) => (
            <tbody key={side}>
              <tr className="budget-draft-side">
                <th scope="colgroup" colSpan={columns.length + leadingColumns + trailingColumns}>
                  {SIDE_LABELS[side]}
                </th>
              </tr>
              {lines.map((line, row) => {
                if (line.side !== side) return null;
                const n = numberOf(row);
                const rowLabel = `${SIDE_LABELS[side]} ${n}`;
                const lineDirty = isDirtyLine(line);
                const invalid = lineErrors(line, columns).length > 0;
                return (
                  <tr key={line.key} className={lineDirty ? "row-unsaved" : undefined}>
                    <td className="budget-draft-mark">
                      {lineDirty ? (
                        <span title="Ikke gemt" aria-hidden="true">
                          ●
                        </span>
                      ) : null}
                      {invalid ? (
                        <span title="Fejl i linjen" aria-hidden="true" className="budget-draft-mark-invalid">
                          !
                        </span>
                      ) : null}
                      <span className="sr-only">
                        {rowLabel}
                        {lineDirty ? ", ikke gemt" : ""}
                        {invalid ? ", har fejl" : ""}
                      </span>
                    </td>
                    {columns.map((column, col) => {
                      const id = `cell-${line.key}-${column}`;
                      const error = cellError(line, column);
                      const cellDirty = isDirtyCell(line, column);
                      return (
                        <td key={column} className={`budget-draft-cell${cellDirty ? " cell-unsaved" : ""}${error ? " cell-invalid" : ""}`}>
                          <input
                            id={id}
                            ref={(el) => {
                              if (el) inputs.current.set(`${line.key}|${column}`, el);
                              else inputs.current.delete(`${line.key}|${column}`);
                            }}
                            className={`form-input budget-draft-input${isYearColumn(column) || column === "driverQuantity" || column === "driverRate" ? " text-align-right" : ""}`}
                            aria-label={`${rowLabel}: ${columnLabel(column)}`}
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `${id}-error` : undefined}
                            inputMode={isYearColumn(column) || column === "driverQuantity" || column === "driverRate" ? "decimal" : undefined}
                            value={line.cells[column] ?? ""}
                            readOnly={!canEdit}
                            title={column === "accountNumber" ? (accountPartsText(line.cells[column] ?? "") ?? undefined) : undefined}
                            autoComplete="off"
                            spellCheck={column === "name" || column === "note"}
                            onChange={(e) => setLines(setCell(lines, row, column, e.target.value, years))}
                            onKeyDown={(e) => onKeyDown(e, row, col)}
                            onPaste={(e) => onPaste(e, row, col)}
                            onBlur={() => setLines((current) => normalizeCell(current, row, column))}
                          />
                          {cellDirty ? <span className="sr-only"> (ikke gemt)</span> : null}
                          {error ? (
                            <span className="budget-draft-error" id={`${id}-error`}>
                              {error}
                            </span>
                          ) : null}
                        </td>
                      );
                    })}
                    <td className="budget-draft-actions">
                      {canEdit ? (
                        <>
                          <button
                            type="button"
                            className="function-link"
                            onClick={() => setLines(moveLine(lines, row, -1))}
                            disabled={lines[row - 1]?.side !== side}
                          >
                            Op<span className="sr-only"> med {rowLabel}</span>
                          </button>
                          <button
                            type="button"
                            className="function-link"
                            onClick={() => setLines(moveLine(lines, row, 1))}
                            disabled={lines[row + 1]?.side !== side}
                          >
                            Ned<span className="sr-only"> med {rowLabel}</span>
                          </button>
                          <button type="button" className="function-link" onClick={() => remove(row)}>
                            Slet<span className="sr-only"> {rowLabel}</span>
                          </button>
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
              <tr className="budget-draft-sum">
                <th scope="row" colSpan={leadingColumns + 3}>
                  {SIDE_LABELS[side]} i alt
                </th>
                {years.map((year) => (
                  <td key={year} className="text-align-right" data-sum={`${side}-${year}`}>
                    {formatKrPlain(sideTotal(side, year))}
                  </td>
                ))}
                <td colSpan={4 + trailingColumns}>I alt {formatKr(side === "INCOME" ? totals.income : totals.expense)}</td>
              </tr>
              {canEdit ? (
                <tr className="d-print-none">
                  <td colSpan={columns.length + leadingColumns + trailingColumns}>
                    <button type="button" className="function-link" onClick={() => add(side)}>
                      Tilføj linje under {SIDE_LABELS[side].toLocaleLowerCase("da-DK")}
                    </button>
                  </td>
                </tr>
              ) : null}
            </tbody>
          ))}
        </table>
      </div>

      <BalanceTable years={years} totals={totals} statusId={statusId} />
    </div>
  );
}

/** Income, expenses and the balance per year and in total, live; balance is shown, never forced. */
function BalanceTable({ years, totals, statusId }: { years: readonly number[]; totals: ReturnType<typeof gridTotals>; statusId: string }) {
  const rows: YearTotalsRow[] = [
    { label: "Indtægter", perYear: totals.perYear.map((y) => ({ year: y.year, value: y.income })), total: totals.income },
    { label: "Udgifter", perYear: totals.perYear.map((y) => ({ year: y.year, value: y.expense })), total: totals.expense },
    {
      label: "Balance (indtægter − udgifter)",
      perYear: totals.perYear.map((y) => ({ year: y.year, value: y.difference })),
      total: totals.difference,
      balance: true,
    },
  ];
  return (
    <section className="budget-draft-balance" aria-labelledby={`${statusId}-heading`}>
      <h3 id={`${statusId}-heading`}>
        Balance <BalanceBadge balanced={totals.balanced} />
      </h3>
      <p id={statusId} role="status" aria-live="polite" className="budget-draft-balance-status">
        {totals.balanced
          ? "Budgettet balancerer i alle år."
          : `Budgettet balancerer ikke: indtægterne er ${formatKr(totals.difference < 0n ? -totals.difference : totals.difference)} ${totals.difference < 0n ? "mindre" : "større"} end udgifterne i alt. Det kan sendes til godkendelse alligevel.`}
      </p>
      <YearTotalsTable years={years} rows={rows} />
    </section>
  );
}
