import { budgetTotals, type BudgetSide, type BudgetTotals } from "./budget.js";
import { CsvValueError } from "./csv-records.js";
import { parseDanishAmount } from "./danish-values.js";
import { formatKr, sentence } from "./format.js";
import { divRoundHalfAway, sumOre, type Ore } from "./money.js";
import type { Hundredths } from "./quantity.js";

/**
 * The draft budget (økonomioverslag) as the leader writes it in the budget planner: the activity
 * driver's rule, the municipal account number, and reading an økonomioverslag from a spreadsheet.
 * Pure: no I/O; money is bigint øre throughout.
 */

// ---------------------------------------------------------------------------------------------
// Activity driver: "the amount follows from quantity × rate, or the rate from the amount,
// whichever the leader fixes"
// ---------------------------------------------------------------------------------------------

/** What the leader fixed: the amount (the rate follows) or the rate (the amount follows). */
export type DriverFixed = "AMOUNT" | "RATE";

/** quantity (hundredths) × rate (øre per unit) in øre, rounded half away from zero: 50 timer × 800 kr. = 40.000 kr. */
export function driverAmount(quantity: Hundredths, rate: Ore): Ore {
  return divRoundHalfAway(quantity * rate, 100n);
}

/** The rate per unit that an amount gives over a quantity; null for a quantity of 0 (no rate can follow). */
export function driverRate(amount: Ore, quantity: Hundredths): Ore | null {
  if (quantity === 0n) return null;
  return divRoundHalfAway(amount * 100n, quantity);
}

/**
 * Spreads `target` øre over the years so the amounts sum to it exactly: in proportion to `weights`
 * where they are all of one sign and not all zero (the leader's own split between years is kept),
 * otherwise evenly. Remainder øre go to the first years (largest-remainder by position).
 */
export function spreadOre(target: Ore, weights: readonly Ore[]): Ore[] {
  const n = weights.length;
  if (n === 0) return [];
  const total = sumOre(weights);
  const oneSign = weights.every((w) => w >= 0n) || weights.every((w) => w <= 0n);
  const basis = total !== 0n && oneSign ? weights.map((w) => (w < 0n ? -w : w)) : weights.map(() => 1n);
  const basisTotal = sumOre(basis);
  const negative = target < 0n;
  const abs = negative ? -target : target;
  const shares = basis.map((b) => (abs * b) / basisTotal);
  let rest = abs - sumOre(shares);
  // Give the remainder to the years with a weight first (a year the leader left at 0 stays 0 where possible).
  const order = basis.map((b, i) => ({ b, i })).filter((x) => x.b > 0n);
  for (let k = 0; rest > 0n; k = (k + 1) % order.length) {
    const at = order[k]!.i;
    shares[at] = shares[at]! + 1n;
    rest -= 1n;
  }
  return negative ? shares.map((s) => -s) : shares;
}

export interface DriverInput {
  /** Planned quantity over the whole budget, in hundredths (50 timer = 5000n). */
  quantity: Hundredths;
  /** Rate per unit in øre; required when the rate is fixed. */
  rate: Ore | null;
  fixed: DriverFixed;
}

export interface DriverResult {
  /** The line's amount per budget year (same order as given), summing to quantity × rate when the rate is fixed. */
  amounts: Ore[];
  /** The rate to store: the fixed one, or the one that follows from the amount (null for a quantity of 0). */
  rate: Ore | null;
}

export class BudgetDraftError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BudgetDraftError";
  }
}

/**
 * Applies the driver rule to a line's amounts per year. AMOUNT fixed: the amounts stay, the rate is
 * their total divided by the quantity. RATE fixed: the line's total becomes quantity × rate, spread
 * over the years in the proportions the leader typed (evenly when nothing is typed).
 */
export function applyDriver(amounts: readonly Ore[], driver: DriverInput): DriverResult {
  if (driver.fixed === "AMOUNT") return { amounts: [...amounts], rate: driverRate(sumOre(amounts), driver.quantity) };
  if (driver.rate === null) throw new BudgetDraftError("Angiv satsen pr. enhed, når satsen er fastlagt.");
  const target = driverAmount(driver.quantity, driver.rate);
  const current = sumOre(amounts);
  return { amounts: current === target ? [...amounts] : spreadOre(target, amounts), rate: driver.rate };
}

// ---------------------------------------------------------------------------------------------
// Account number in the municipal chart of accounts (den autoriserede kontoplan)
// ---------------------------------------------------------------------------------------------

/**
 * The 16 digits of a municipal account number, as Budget- og regnskabssystem for kommuner (kapitel 2.0,
 * "kontostreng, ciffer 1-16") names them: hovedkonto, hovedfunktion, funktion, dranst, ejerforhold,
 * omkostningssted, gruppering, hovedart and art. The widths below are our reading of it: the function
 * is written x.xx.xx (5 digits), dranst and ejerforhold one digit each, the grouping three digits
 * ("001") and the art x.y (hovedart and art one digit each); omkostningssted takes the four digits
 * left between them. A municipality that uses the positions differently still stores its 16 digits
 * unchanged; only the display's split would differ.
 */
export const ACCOUNT_PARTS = [
  { key: "hovedkonto", label: "Hovedkonto", length: 1 },
  { key: "hovedfunktion", label: "Hovedfunktion", length: 2 },
  { key: "funktion", label: "Funktion", length: 2 },
  { key: "dranst", label: "Dranst", length: 1 },
  { key: "ejerforhold", label: "Ejerforhold", length: 1 },
  { key: "omkostningssted", label: "Omkostningssted", length: 4 },
  { key: "gruppering", label: "Gruppering", length: 3 },
  { key: "hovedart", label: "Hovedart", length: 1 },
  { key: "art", label: "Art", length: 1 },
] as const;

export interface AccountPart {
  key: (typeof ACCOUNT_PARTS)[number]["key"];
  label: string;
  digits: string;
}

/** Reads an account number as typed ("5.68.90.1.0.0000.001.4.0", "5689 0100 0000 1401"): exactly 16 digits; null when empty. */
export function parseAccountNumber(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (!/^[\d .-]+$/.test(trimmed))
    throw new BudgetDraftError(`Kontonummeret "${trimmed}" må kun indeholde cifre (punktum og mellemrum mellem dem er i orden).`);
  const digits = trimmed.replace(/[ .-]/g, "");
  if (digits.length !== 16) {
    throw new BudgetDraftError(`Kontonummeret skal have præcis 16 cifre efter den autoriserede kontoplan; "${trimmed}" har ${digits.length}.`);
  }
  return digits;
}

/** The 16 digits split into the kontoplan's parts, for display. */
export function accountParts(digits: string): AccountPart[] {
  if (!/^\d{16}$/.test(digits)) throw new RangeError("an account number has 16 digits");
  let at = 0;
  return ACCOUNT_PARTS.map((p) => {
    const part = { key: p.key, label: p.label, digits: digits.slice(at, at + p.length) };
    at += p.length;
    return part;
  });
}

/** "5.68.90.1.0.0000.001.4.0": the parts joined with dots (functions are read as 5.68.90 in the kontoplan). */
export function formatAccountNumber(digits: string): string {
  return accountParts(digits)
    .map((p) => p.digits)
    .join(".");
}

// ---------------------------------------------------------------------------------------------
// Import of an økonomioverslag from a spreadsheet grid
// ---------------------------------------------------------------------------------------------

export type SheetUnit = "KR" | "TKR";

export type SheetRowStatus = "TITLE" | "HEADER" | "BLANK" | "HEADING" | "LINE" | "SUM" | "ERROR";

export interface SheetLine {
  row: number;
  side: BudgetSide;
  name: string;
  category: string | null;
  accountNumber: string | null;
  note: string | null;
  amounts: Array<{ year: number; amount: Ore }>;
}

export interface SheetRow {
  row: number;
  status: SheetRowStatus;
  side: BudgetSide | null;
  text: string;
  /** Errors of this row, each "Række n: …". */
  errors: string[];
}

export interface BudgetSheet {
  years: number[];
  unit: SheetUnit;
  rows: SheetRow[];
  lines: SheetLine[];
  /** Every error with its row number, in row order: "Række 7: …". */
  errors: string[];
  totals: BudgetTotals;
}

export interface BudgetSheetOptions {
  /** The unit when the user chose one; otherwise "t.kr."/"1.000 kr." in a header means thousands, else kroner. */
  unit?: SheetUnit | null;
  /** The budget's years: a year column outside them is an error; a budget year without a column is 0. */
  budgetYears?: readonly number[];
}

const YEAR_HEADER = /^(?:budget\s*)?((?:19|20)\d{2})\b(.*)$/i;
const THOUSANDS = /t\.\s*kr|tkr|1\.000\s*kr|1000\s*kr|tusind/i;
const INCOME_HEADING = /^(indtægter|indtægt|finansiering)\s*:?$/i;
const EXPENSE_HEADING = /^(udgifter|udgift)\s*:?$/i;
const SUM_ROW = /(\bi alt\b|^total\b|^sum\b|^samlet\b|^balance\b)/i;
const MAX_NAME = 200;

type Column = "name" | "category" | "account" | "note";
const COLUMN_NAMES: Readonly<Record<Column, RegExp>> = {
  name: /^(tekst|linje|post|budgetpost|navn|beskrivelse|aktivitet)$/i,
  category: /^(kategori|gruppe)$/i,
  account: /^(kontonummer|konto|kontonr\.?)$/i,
  note: /^(note|bemærkning|bemærkninger)$/i,
};

const cellAt = (cells: readonly string[], i: number | undefined) => (i === undefined ? "" : (cells[i] ?? "").trim());

/** An amount as a budget sheet writes it: Danish format, "(200)" for -200, in kroner or thousands. */
export function parseSheetAmount(text: string, unit: SheetUnit): Ore {
  let s = text.trim();
  if (s === "" || s === "-" || s === "–") return 0n;
  const bracketed = /^\((.*)\)$/.exec(s);
  if (bracketed) s = `-${bracketed[1]}`;
  const ore = parseDanishAmount(s);
  return unit === "TKR" ? ore * 1000n : ore;
}

/**
 * Reads an økonomioverslag from a grid of cell texts (row 1 = grid[0], the row number a spreadsheet shows).
 * Layout: a header row with the years ("2012", "2013 (t.kr.)"); a text column (the first non-year column, or
 * one headed Tekst/Linje/Post); optional columns Kategori, Kontonummer, Note. Heading rows "Indtægter"/
 * "Finansiering" and "Udgifter" start a side (lines before any heading are expenses, as in a sheet of
 * "Serviceudgifter"); sum rows ("I alt", "Total", "Serviceudgifter i alt") are not lines but are checked
 * against the sum of the lines since the last heading. Everything wrong is listed; nothing is guessed.
 */
export function parseBudgetSheet(grid: readonly (readonly string[])[], options: BudgetSheetOptions = {}): BudgetSheet {
  const rows: SheetRow[] = [];
  const lines: SheetLine[] = [];
  const errors: string[] = [];
  const fail = (row: SheetRow, message: string) => {
    const text = `Række ${row.row}: ${message}`;
    row.errors.push(text);
    errors.push(text);
    row.status = "ERROR";
  };

  const headerIndex = grid.findIndex((cells) => cells.some((c) => YEAR_HEADER.test(c.trim())));
  if (headerIndex < 0) {
    const message = 'Række 1: Regnearket har ingen overskriftsrække med årstal. Skriv årene som kolonneoverskrifter, fx "2012", "2013" eller "2012 (t.kr.)".';
    return { years: [], unit: options.unit ?? "KR", rows: [], lines: [], errors: [message], totals: budgetTotals([], options.budgetYears ?? []) };
  }
  const header = grid[headerIndex] ?? [];
  const yearColumns: Array<{ index: number; year: number }> = [];
  const columns = new Map<Column, number>();
  header.forEach((raw, index) => {
    const text = raw.trim();
    const year = YEAR_HEADER.exec(text);
    if (year) {
      yearColumns.push({ index, year: Number(year[1]) });
      return;
    }
    for (const [column, pattern] of Object.entries(COLUMN_NAMES) as Array<[Column, RegExp]>) {
      if (pattern.test(text) && !columns.has(column)) columns.set(column, index);
    }
  });
  if (!columns.has("name")) {
    const used = new Set([...yearColumns.map((y) => y.index), ...columns.values()]);
    const first = header.findIndex((_, i) => !used.has(i));
    columns.set("name", first >= 0 ? first : header.length);
  }
  const unitFromSheet = grid.slice(0, headerIndex + 1).some((cells) => cells.some((c) => THOUSANDS.test(c)));
  const unit: SheetUnit = options.unit ?? (unitFromSheet ? "TKR" : "KR");

  const headerRow: SheetRow = { row: headerIndex + 1, status: "HEADER", side: null, text: header.join(" ").trim(), errors: [] };
  for (let i = 0; i < headerIndex; i++) rows.push({ row: i + 1, status: "TITLE", side: null, text: (grid[i] ?? []).join(" ").trim(), errors: [] });
  rows.push(headerRow);
  const seen = new Set<number>();
  for (const { year } of yearColumns) {
    if (seen.has(year)) fail(headerRow, `Året ${year} står i to kolonner.`);
    seen.add(year);
  }
  const budgetYears = options.budgetYears;
  if (budgetYears) {
    const outside = yearColumns.map((y) => y.year).filter((y) => !budgetYears.includes(y));
    if (outside.length > 0) {
      fail(
        headerRow,
        `Året ${outside.join(", ")} ligger uden for budgettets år ${budgetYears[0]}–${budgetYears[budgetYears.length - 1]}. Ret årene i regnearket eller budgettets periode.`,
      );
    }
  }
  const years = [...new Set([...(budgetYears ?? []), ...yearColumns.map((y) => y.year)])].sort((a, b) => a - b);

  let side: BudgetSide = "EXPENSE";
  let section: SheetLine[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    const name = cellAt(cells, columns.get("name"));
    const row: SheetRow = { row: i + 1, status: "LINE", side: null, text: name, errors: [] };
    rows.push(row);
    const yearTexts = yearColumns.map((y) => ({ year: y.year, text: cellAt(cells, y.index) }));
    if (cells.every((c) => c.trim() === "")) {
      row.status = "BLANK";
      continue;
    }
    const noAmounts = yearTexts.every((y) => y.text === "");
    if (noAmounts && (INCOME_HEADING.test(name) || EXPENSE_HEADING.test(name))) {
      side = INCOME_HEADING.test(name) ? "INCOME" : "EXPENSE";
      row.status = "HEADING";
      row.side = side;
      section = [];
      continue;
    }
    const amounts: Array<{ year: number; amount: Ore }> = [];
    for (const { year, text } of yearTexts) {
      try {
        amounts.push({ year, amount: parseSheetAmount(text, unit) });
      } catch (error) {
        if (!(error instanceof CsvValueError)) throw error;
        fail(row, `${year}: ${error.message}`);
      }
    }
    row.side = side;
    if (SUM_ROW.test(name)) {
      row.status = "SUM";
      if (row.errors.length > 0) {
        row.status = "ERROR";
        continue;
      }
      for (const { year, amount } of amounts) {
        if (yearTexts.find((y) => y.year === year)?.text === "") continue;
        const sum = sumOre(section.map((l) => l.amounts.find((a) => a.year === year)?.amount ?? 0n));
        if (sum !== amount) {
          fail(row, `${sentence(`"${name}" ${year} er ${formatKr(amount)}, men linjerne ovenfor giver ${formatKr(sum)}`)} Ret linjerne eller summen.`);
        }
      }
      continue;
    }
    if (name === "") {
      fail(row, "Linjen har beløb, men ingen tekst. Skriv linjens tekst.");
      continue;
    }
    if (name.length > MAX_NAME) fail(row, `Linjens tekst må højst være ${MAX_NAME} tegn.`);
    let accountNumber: string | null = null;
    try {
      accountNumber = parseAccountNumber(cellAt(cells, columns.get("account")));
    } catch (error) {
      if (!(error instanceof BudgetDraftError)) throw error;
      fail(row, error.message);
    }
    if (row.errors.length > 0) continue;
    const line: SheetLine = {
      row: row.row,
      side,
      name,
      category: cellAt(cells, columns.get("category")) || null,
      accountNumber,
      note: cellAt(cells, columns.get("note")) || null,
      amounts: years.map((year) => ({ year, amount: amounts.find((a) => a.year === year)?.amount ?? 0n })),
    };
    lines.push(line);
    section.push(line);
  }
  if (lines.length === 0 && errors.length === 0) errors.push(`Række ${headerIndex + 2}: Regnearket har ingen budgetlinjer under årstallene.`);
  return { years, unit, rows, lines, errors, totals: budgetTotals(lines, years) };
}
