import {
  accountParts,
  applyDriver,
  BudgetDraftError,
  budgetTotals,
  CsvValueError,
  formatAccountNumber,
  formatKrPlain,
  formatMoney,
  formatQuantity,
  formatQuantityDa,
  parseAccountNumber,
  parseDanishAmount,
  parseDanishQuantity,
  parseMoney,
  parseQuantity,
  type BudgetSide,
  type BudgetTotals,
  type DriverFixed,
  type Hundredths,
  type Ore,
} from "@overblik/domain";
import type { BudgetDraftLineInput } from "@overblik/graphql-client";

/**
 * The draft budget's grid, without React: cells as the leader types them (Danish text), what is
 * invalid or unsaved, the driver's rule, totals, focus movement and paste from Excel. The editor
 * (budget-draft-editor.tsx) only renders this and forwards keys.
 *
 * Invariant: `lines` holds the income lines first, then the expense lines, in the order shown; a
 * row index is a position in that array.
 */

export type YearColumn = `year:${number}`;
export type GridColumn = "name" | "category" | "accountNumber" | YearColumn | "driverUnit" | "driverQuantity" | "driverRate" | "note";

export interface GridLine {
  /** Stable key for React and focus; the server id where there is one. */
  key: string;
  id: string | null;
  side: BudgetSide;
  cells: Record<string, string>;
  /** What the leader fixed on a driven line: the amounts (the rate follows) or the rate (the amounts follow). */
  fixed: DriverFixed;
  /**
   * While the rate is being typed, the split between years as it was before the first keystroke: the amounts
   * follow the rate in that proportion. Without it, "8" → "80" → "800" would spread each result in the
   * proportion of the previous one's rounding (13.334 / 13.333 / 13.333 instead of 13.333,34 / 13.333,33 / …).
   */
  rateWeights?: Ore[];
  /** The cells as last loaded or saved; null for a line not saved yet. */
  saved: Record<string, string> | null;
}

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

export const SIDE_LABELS: Record<BudgetSide, string> = { INCOME: "Indtægter", EXPENSE: "Udgifter" };

export const yearColumn = (year: number): YearColumn => `year:${year}`;
export const isYearColumn = (column: GridColumn): column is YearColumn => column.startsWith("year:");
export const yearOf = (column: YearColumn): number => Number(column.slice(5));

export function gridColumns(years: readonly number[]): GridColumn[] {
  return ["name", "category", "accountNumber", ...years.map(yearColumn), "driverUnit", "driverQuantity", "driverRate", "note"];
}

export function columnLabel(column: GridColumn): string {
  if (isYearColumn(column)) return String(yearOf(column));
  return { name: "Tekst", category: "Kategori", accountNumber: "Kontonummer", driverUnit: "Enhed", driverQuantity: "Antal", driverRate: "Sats (kr.)", note: "Note" }[column];
}

// ---------------------------------------------------------------------------------------------
// Reading cells
// ---------------------------------------------------------------------------------------------

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** An amount cell: Danish "1.234,50", "-200"; empty is 0. */
export function parseAmountCell(text: string): Parsed<Ore> {
  if (text.trim() === "") return { ok: true, value: 0n };
  try {
    return { ok: true, value: parseDanishAmount(text) };
  } catch (error) {
    if (error instanceof CsvValueError) return { ok: false, message: error.message };
    throw error;
  }
}

function parseQuantityCell(text: string): Parsed<Hundredths> {
  try {
    return { ok: true, value: parseDanishQuantity(text) };
  } catch (error) {
    if (error instanceof CsvValueError) return { ok: false, message: error.message };
    throw error;
  }
}

const blank = (text: string | undefined) => (text ?? "").trim() === "";

function hasDriver(line: GridLine): boolean {
  return !blank(line.cells.driverUnit) || !blank(line.cells.driverQuantity) || !blank(line.cells.driverRate);
}

/** A line nobody has typed anything in: not sent, not an error. */
export function isBlankLine(line: GridLine): boolean {
  return line.id === null && Object.values(line.cells).every((c) => blank(c));
}

/** "Hovedkonto 5, hovedfunktion 68, …" for a valid account number (the kontoplan's split, for display); null otherwise. */
export function accountPartsText(text: string): string | null {
  try {
    const digits = parseAccountNumber(text);
    return digits ? accountParts(digits).map((p, i) => `${i === 0 ? p.label : p.label.toLocaleLowerCase("da-DK")} ${p.digits}`).join(", ") : null;
  } catch (error) {
    if (error instanceof BudgetDraftError) return null;
    throw error;
  }
}

/** The message for an invalid cell, or null. */
export function cellError(line: GridLine, column: GridColumn): string | null {
  const text = line.cells[column] ?? "";
  if (isBlankLine(line)) return null;
  if (isYearColumn(column)) {
    const parsed = parseAmountCell(text);
    return parsed.ok ? null : parsed.message;
  }
  switch (column) {
    case "name":
      if (blank(text)) return "Skriv linjens tekst.";
      return text.trim().length > 200 ? "Teksten må højst være 200 tegn." : null;
    case "category":
      return text.trim().length > 100 ? "Kategorien må højst være 100 tegn." : null;
    case "accountNumber":
      try {
        parseAccountNumber(text);
        return null;
      } catch (error) {
        if (error instanceof BudgetDraftError) return error.message;
        throw error;
      }
    case "driverUnit":
      if (!hasDriver(line)) return null;
      if (blank(text)) return "Skriv enheden, fx timer.";
      return text.trim().length > 50 ? "Enheden må højst være 50 tegn." : null;
    case "driverQuantity": {
      if (!hasDriver(line)) return null;
      if (blank(text)) return "Skriv antallet, fx 50.";
      const parsed = parseQuantityCell(text);
      return parsed.ok ? null : parsed.message;
    }
    case "driverRate": {
      if (blank(text)) return line.fixed === "RATE" && hasDriver(line) ? "Skriv satsen pr. enhed." : null;
      const parsed = parseAmountCell(text);
      if (!parsed.ok) return parsed.message;
      return parsed.value < 0n ? "Satsen kan ikke være negativ." : null;
    }
    case "note":
      return text.trim().length > 2000 ? "Noten må højst være 2000 tegn." : null;
  }
}

export function lineErrors(line: GridLine, columns: readonly GridColumn[]): Array<{ column: GridColumn; message: string }> {
  return columns.flatMap((column) => {
    const message = cellError(line, column);
    return message ? [{ column, message }] : [];
  });
}

/** The line's amounts in øre per year; a cell that cannot be read counts as 0 (and is marked invalid). */
export function lineAmounts(line: GridLine, years: readonly number[]): Ore[] {
  return years.map((y) => {
    const parsed = parseAmountCell(line.cells[yearColumn(y)] ?? "");
    return parsed.ok ? parsed.value : 0n;
  });
}

/** Sums per side and year and the balance, as the leader types. */
export function gridTotals(lines: readonly GridLine[], years: readonly number[]): BudgetTotals {
  return budgetTotals(
    lines.map((l) => {
      const amounts = lineAmounts(l, years);
      return { side: l.side, amounts: years.map((year, i) => ({ year, amount: amounts[i] ?? 0n })) };
    }),
    years,
  );
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
export function toSaveLines(lines: readonly GridLine[], years: readonly number[]): { ok: true; lines: BudgetDraftLineInput[] } | { ok: false; errors: string[] } {
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
// Keyboard and clipboard
// ---------------------------------------------------------------------------------------------

export interface CellPosition {
  row: number;
  col: number;
}

export type GridKey = "Tab" | "ShiftTab" | "Enter" | "ShiftEnter" | "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

/**
 * Where focus goes, as in a spreadsheet: Tab/Shift+Tab along the row and on to the next/previous row, Enter
 * down (Shift+Enter up), arrows one cell. Null: nowhere in the grid (Tab past the last cell leaves it).
 */
export function nextCell(at: CellPosition, key: GridKey, rows: number, cols: number): CellPosition | null {
  const inside = (p: CellPosition) => (p.row >= 0 && p.row < rows && p.col >= 0 && p.col < cols ? p : null);
  switch (key) {
    case "Tab":
      return at.col + 1 < cols ? { row: at.row, col: at.col + 1 } : inside({ row: at.row + 1, col: 0 });
    case "ShiftTab":
      return at.col > 0 ? { row: at.row, col: at.col - 1 } : inside({ row: at.row - 1, col: cols - 1 });
    case "Enter":
    case "ArrowDown":
      return inside({ row: at.row + 1, col: at.col });
    case "ShiftEnter":
    case "ArrowUp":
      return inside({ row: at.row - 1, col: at.col });
    case "ArrowLeft":
      return inside({ row: at.row, col: at.col - 1 });
    case "ArrowRight":
      return inside({ row: at.row, col: at.col + 1 });
  }
}

/** Left/right arrows leave the cell only when the caret is at the text's edge (otherwise they move the caret). */
export function caretAtEdge(input: { selectionStart: number | null; selectionEnd: number | null; value: string }, key: "ArrowLeft" | "ArrowRight"): boolean {
  if (input.selectionStart === null || input.selectionEnd === null) return true;
  if (input.selectionStart !== input.selectionEnd) return false;
  return key === "ArrowLeft" ? input.selectionStart === 0 : input.selectionEnd === input.value.length;
}

/**
 * Excel's clipboard text as rows of cells (tab between cells, newline between rows, a final newline). Null
 * for a single value: that is an ordinary paste into the cell.
 */
export function splitClipboard(text: string): string[][] | null {
  const rows = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n").map((r) => r.split("\t"));
  if (rows.length === 1 && rows[0]!.length === 1) return null;
  return rows;
}

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
