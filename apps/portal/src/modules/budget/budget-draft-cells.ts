import {
  accountParts,
  BudgetDraftError,
  budgetTotals,
  CsvValueError,
  parseAccountNumber,
  parseDanishAmount,
  parseDanishQuantity,
  type BudgetSide,
  type BudgetTotals,
  type DriverFixed,
  type Hundredths,
  type Ore,
} from "@overblik/domain";

/**
 * The draft budget grid's cells, read: the columns, a line as the leader types it (Danish text), what is
 * invalid, and the amounts and totals the text stands for (øre, bigint). Changing cells and saving are in
 * budget-draft-grid.ts, focus movement and the clipboard in budget-draft-keyboard.ts.
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

export const SIDE_LABELS: Record<BudgetSide, string> = { INCOME: "Indtægter", EXPENSE: "Udgifter" };

export const yearColumn = (year: number): YearColumn => `year:${year}`;
export const isYearColumn = (column: GridColumn): column is YearColumn => column.startsWith("year:");
export const yearOf = (column: YearColumn): number => Number(column.slice(5));

export function gridColumns(years: readonly number[]): GridColumn[] {
  return ["name", "category", "accountNumber", ...years.map(yearColumn), "driverUnit", "driverQuantity", "driverRate", "note"];
}

export function columnLabel(column: GridColumn): string {
  if (isYearColumn(column)) return String(yearOf(column));
  return {
    name: "Tekst",
    category: "Kategori",
    accountNumber: "Kontonummer",
    driverUnit: "Enhed",
    driverQuantity: "Antal",
    driverRate: "Sats (kr.)",
    note: "Note",
  }[column];
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

export function parseQuantityCell(text: string): Parsed<Hundredths> {
  try {
    return { ok: true, value: parseDanishQuantity(text) };
  } catch (error) {
    if (error instanceof CsvValueError) return { ok: false, message: error.message };
    throw error;
  }
}

export const blank = (text: string | undefined) => (text ?? "").trim() === "";

export function hasDriver(line: GridLine): boolean {
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
    return digits
      ? accountParts(digits)
          .map((p, i) => `${i === 0 ? p.label : p.label.toLocaleLowerCase("da-DK")} ${p.digits}`)
          .join(", ")
      : null;
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
