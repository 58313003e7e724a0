import {
  applyDriver,
  BudgetDraftError,
  formatAccountNumber,
  formatKrPlain,
  formatMoney,
  formatQuantity,
  formatQuantityDa,
  parseAccountNumber,
  parseDanishQuantity,
  parseMoney,
  parseQuantity,
  type BudgetSide,
  type DriverFixed,
} from "@overblik/domain";
import type { BudgetDraftLineInput } from "@overblik/graphql-client";
import {
  blank,
  columnLabel,
  gridColumns,
  hasDriver,
  isBlankLine,
  isYearColumn,
  lineAmounts,
  lineErrors,
  parseAmountCell,
  parseQuantityCell,
  yearColumn,
  type GridColumn,
  type GridLine,
} from "./budget-draft-cells";
import type { CellPosition } from "./budget-draft-keyboard";

/**
 * The draft budget's grid, without React: the lines as loaded, changing cells (with the driver's rule),
 * adding and moving lines, what is unsaved, the lines to save and paste from Excel. The cells are read in
 * budget-draft-cells.ts, keys and the clipboard in budget-draft-keyboard.ts; the editor
 * (budget-draft-editor.tsx) only renders this and forwards keys.
 *
 * Invariant: `lines` holds the income lines first, then the expense lines, in the order shown; a
 * row index is a position in that array.
 */

export interface ServerLine {
  id: string;
  side: BudgetSide;
  name: string;
  category: string | null;
  accountNumber: string | null;
  note: string | null;
  amounts: ReadonlyArray<{ year: number; amount: string }>;
  /** plannedQuantity is the Quantity scalar ("50.00"), typed unknown by the generated client. */
  driver: { unit: string; plannedQuantity: unknown; unitRate: string | null } | null;
}

// ---------------------------------------------------------------------------------------------
// Changing cells
// ---------------------------------------------------------------------------------------------

function emptyCells(years: readonly number[]): Record<string, string> {
  return Object.fromEntries(gridColumns(years).map((c) => [c, ""]));
}

export function fromServerLines(lines: readonly ServerLine[], years: readonly number[]): GridLine[] {
  const ordered = [...lines.filter((l) => l.side === "INCOME"), ...lines.filter((l) => l.side === "EXPENSE")];
  return ordered.map((l) => {
    const cells = emptyCells(years);
    cells.name = l.name;
    cells.category = l.category ?? "";
    cells.accountNumber = l.accountNumber ? formatAccountNumber(l.accountNumber) : "";
    cells.note = l.note ?? "";
    for (const a of l.amounts) if (years.includes(a.year)) cells[yearColumn(a.year)] = formatKrPlain(parseMoney(a.amount));
    if (l.driver) {
      cells.driverUnit = l.driver.unit;
      cells.driverQuantity = formatQuantityDa(parseQuantity(String(l.driver.plannedQuantity)));
      cells.driverRate = l.driver.unitRate ? formatKrPlain(parseMoney(l.driver.unitRate)) : "";
    }
    return { key: l.id, id: l.id, side: l.side, cells, fixed: "AMOUNT", saved: { ...cells } };
  });
}

export function newLine(side: BudgetSide, years: readonly number[], key: string): GridLine {
  return { key, id: null, side, cells: emptyCells(years), fixed: "AMOUNT", saved: null };
}

/**
 * The driver's rule, live: after the leader edits a year the amounts are fixed and the rate follows; after
 * they edit the rate it is fixed and the amounts follow from quantity × rate (packages/domain's applyDriver,
 * the same rule the API applies when it saves).
 */
export function applyDriverToCells(line: GridLine, years: readonly number[], edited: GridColumn): GridLine {
  const fixed: DriverFixed = edited === "driverRate" ? "RATE" : isYearColumn(edited) ? "AMOUNT" : line.fixed;
  const rateWeights = fixed === "RATE" ? (line.fixed === "RATE" && line.rateWeights ? line.rateWeights : lineAmounts(line, years)) : undefined;
  const next: GridLine = { ...line, fixed, rateWeights };
  if (blank(line.cells.driverUnit) || blank(line.cells.driverQuantity)) return next;
  const quantity = parseQuantityCell(line.cells.driverQuantity ?? "");
  if (!quantity.ok) return next;
  const cells = { ...line.cells };
  if (fixed === "RATE") {
    const rate = parseAmountCell(line.cells.driverRate ?? "");
    if (!rate.ok || blank(line.cells.driverRate) || rate.value < 0n) return next;
    if (years.some((y) => !parseAmountCell(line.cells[yearColumn(y)] ?? "").ok)) return next;
    const result = applyDriver(rateWeights ?? lineAmounts(line, years), { quantity: quantity.value, rate: rate.value, fixed });
    years.forEach((y, i) => (cells[yearColumn(y)] = formatKrPlain(result.amounts[i] ?? 0n)));
  } else {
    if (years.some((y) => !parseAmountCell(line.cells[yearColumn(y)] ?? "").ok)) return next;
    const result = applyDriver(lineAmounts(line, years), { quantity: quantity.value, rate: null, fixed });
    cells.driverRate = result.rate === null ? "" : formatKrPlain(result.rate);
  }
  return { ...next, cells };
}

export function setCell(lines: readonly GridLine[], row: number, column: GridColumn, text: string, years: readonly number[]): GridLine[] {
  return lines.map((line, i) => (i === row ? applyDriverToCells({ ...line, cells: { ...line.cells, [column]: text } }, years, column) : line));
}

/**
 * On leaving a cell, a valid number is written the Danish way ("1000" → "1.000", "-200,5" → "-200,50") and an
 * account number with the kontoplan's dots; the value is the same, so the driver's rule is not run again.
 */
export function normalizeCell(lines: readonly GridLine[], row: number, column: GridColumn): GridLine[] {
  const line = lines[row];
  const text = line?.cells[column] ?? "";
  if (!line || blank(text)) return [...lines];
  let normal = text;
  if (isYearColumn(column) || column === "driverRate") {
    const parsed = parseAmountCell(text);
    if (parsed.ok) normal = formatKrPlain(parsed.value);
  } else if (column === "driverQuantity") {
    const parsed = parseQuantityCell(text);
    if (parsed.ok) normal = formatQuantityDa(parsed.value);
  } else if (column === "accountNumber") {
    try {
      const digits = parseAccountNumber(text);
      if (digits) normal = formatAccountNumber(digits);
    } catch (error) {
      if (!(error instanceof BudgetDraftError)) throw error;
    }
  }
  if (normal === text) return [...lines];
  return lines.map((l, i) => (i === row ? { ...l, cells: { ...l.cells, [column]: normal } } : l));
}

/** Adds a line at the end of its side (income lines stay above expense lines). */
export function addLine(lines: readonly GridLine[], line: GridLine): GridLine[] {
  const at = line.side === "INCOME" ? lines.filter((l) => l.side === "INCOME").length : lines.length;
  return [...lines.slice(0, at), line, ...lines.slice(at)];
}

/** Moves a line one place up or down within its side; at the side's edge it stays. */
export function moveLine(lines: readonly GridLine[], row: number, direction: -1 | 1): GridLine[] {
  const target = row + direction;
  const line = lines[row];
  const other = lines[target];
  if (!line || !other || other.side !== line.side) return [...lines];
  const next = [...lines];
  next[row] = other;
  next[target] = line;
  return next;
}

export function isDirtyCell(line: GridLine, column: GridColumn): boolean {
  const text = line.cells[column] ?? "";
  return line.saved === null ? text.trim() !== "" : (line.saved[column] ?? "") !== text;
}

export function isDirtyLine(line: GridLine): boolean {
  return line.saved === null ? !isBlankLine(line) : Object.keys(line.cells).some((c) => isDirtyCell(line, c as GridColumn));
}

/** Whether the grid differs from what was loaded: a changed cell, a new, deleted or moved line. */
export function isDirtyGrid(lines: readonly GridLine[], loadedIds: readonly string[]): boolean {
  const ids = lines.flatMap((l) => (l.id ? [l.id] : []));
  return lines.some(isDirtyLine) || ids.length !== loadedIds.length || ids.some((id, i) => loadedIds[i] !== id);
}

// ---------------------------------------------------------------------------------------------
// Saving
// ---------------------------------------------------------------------------------------------

/** "Linje 3 (Lægekonsulent)": the number is the line's position in the grid (income first), as the API counts. */
export function lineLabel(index: number, line: GridLine): string {
  const name = (line.cells.name ?? "").trim();
  return `Linje ${index + 1}${name ? ` (${name})` : ""}`;
}

/** The grid as saveBudgetDraft's lines, or every invalid cell as "Linje n (navn): …". Blank new lines are left out. */
export function toSaveLines(
  lines: readonly GridLine[],
  years: readonly number[],
): { ok: true; lines: BudgetDraftLineInput[] } | { ok: false; errors: string[] } {
  const columns = gridColumns(years);
  const kept = lines.filter((l) => !isBlankLine(l));
  const errors = kept.flatMap((line, i) => lineErrors(line, columns).map((e) => `${lineLabel(i, line)}, ${columnLabel(e.column)}: ${e.message}`));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    lines: kept.map((line) => {
      const c = line.cells;
      const amounts = lineAmounts(line, years);
      const driven = hasDriver(line);
      const rate = parseAmountCell(c.driverRate ?? "");
      return {
        id: line.id,
        side: line.side,
        name: (c.name ?? "").trim(),
        category: blank(c.category) ? null : (c.category ?? "").trim(),
        accountNumber: blank(c.accountNumber) ? null : (c.accountNumber ?? "").trim(),
        note: blank(c.note) ? null : (c.note ?? "").trim(),
        amounts: years.map((year, i) => ({ year, amount: formatMoney(amounts[i] ?? 0n) })),
        driver: driven
          ? {
              unit: (c.driverUnit ?? "").trim(),
              quantity: formatQuantity(parseDanishQuantity(c.driverQuantity ?? "")),
              rate: rate.ok && !blank(c.driverRate) ? formatMoney(rate.value) : null,
              fixed: line.fixed,
            }
          : null,
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Paste
// ---------------------------------------------------------------------------------------------

/**
 * Fills the cells from `at` down (and across for tab-separated text). Rows past the last line of the start
 * row's side become new lines on that side; columns past the last are dropped.
 */
export function applyPaste(
  lines: readonly GridLine[],
  at: CellPosition,
  matrix: readonly (readonly string[])[],
  years: readonly number[],
  makeKey: () => string,
): GridLine[] {
  const columns = gridColumns(years);
  const start = lines[at.row];
  if (!start) return [...lines];
  let next = [...lines];
  matrix.forEach((values, r) => {
    let row = at.row + r;
    if (!next[row] || next[row]!.side !== start.side) {
      next = addLine(next, newLine(start.side, years, makeKey()));
      // addLine puts it last on its side: after the income lines, or last of all.
      row = start.side === "INCOME" ? next.filter((l) => l.side === "INCOME").length - 1 : next.length - 1;
    }
    values.forEach((value, c) => {
      const column = columns[at.col + c];
      if (column) next = setCell(next, row, column, value.trim(), years);
    });
  });
  return next;
}
