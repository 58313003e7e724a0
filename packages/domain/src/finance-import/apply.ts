import { CsvValueError } from "../csv-records.js";
import type { Ore } from "../money.js";
import { matchAccountRule, type AccountRule } from "./account-rules.js";
import { describeAccount, splitAccountString } from "./account-string.js";
import type { FinanceMapping } from "./mapping.js";
import { parseAmount, parseExportDate, type DecimalStyle } from "./values.js";

/** What becomes of one row: a posting on a line, an error to fix, or an account no rule maps (listed, never guessed). */
export type FinanceRowStatus = "ok" | "error" | "unmatched";

export interface FinanceRow {
  /** The row's number in the file (the header is row 1). */
  row: number;
  status: FinanceRowStatus;
  /** ISO date, or null when it could not be read. */
  date: string | null;
  voucher: string;
  text: string;
  amount: Ore | null;
  /** The account as read ("5.68.90 dranst 1 art 4.0 …"), or the raw value; null without an account column. */
  account: string | null;
  lineId: string | null;
  lineName: string | null;
  /** Danish; null for an ok row. */
  message: string | null;
}

export interface ApplyOptions {
  rules: readonly AccountRule[];
  /** A line's id by its name (case and spaces ignored), or null when the budget has no such line. */
  resolveLine: (name: string) => string | null;
}

function readAmount(cell: (column: string | null) => string, m: FinanceMapping, decimal: DecimalStyle): Ore {
  let amount: Ore;
  if (m.amount !== null) {
    amount = parseAmount(cell(m.amount), decimal);
  } else {
    const debit = cell(m.debit);
    const credit = cell(m.credit);
    if (debit === "" && credit === "") throw new CsvValueError("Både debet og kredit er tomme. Udfyld den ene, eller fjern rækken.");
    amount = (debit === "" ? 0n : parseAmount(debit, decimal)) - (credit === "" ? 0n : parseAmount(credit, decimal));
  }
  const sign = cell(m.sign).toUpperCase();
  if (sign === "K" || sign === "H") amount = amount > 0n ? -amount : amount;
  else if (sign !== "" && sign !== "D" && sign !== "S")
    throw new CsvValueError(`Debet/kredit-mærket "${sign}" kan ikke læses. Skriv D for debet eller K for kredit.`);
  if (amount === 0n) throw new CsvValueError("Beløbet må ikke være 0. Ret beløbet, eller fjern rækken.");
  return amount;
}

/**
 * Reads a finance export's grid (row 0 the header) through a confirmed mapping (checkMapping found nothing) into one
 * result per non-blank data row. Pure: the caller compares the ok rows with what is already booked.
 */
export function applyFinanceMapping(grid: readonly (readonly string[])[], m: FinanceMapping, options: ApplyOptions): FinanceRow[] {
  const header = grid[0] ?? [];
  const decimal = m.decimal ?? "comma";
  const seen = new Map<string, number>();
  const rows: FinanceRow[] = [];
  grid.slice(1).forEach((fields, index) => {
    if (fields.every((f) => f.trim() === "")) return;
    const cell = (column: string | null) => (column === null ? "" : (fields[header.indexOf(column)] ?? "").trim());
    const result: FinanceRow = {
      row: index + 2,
      status: "ok",
      date: null,
      voucher: cell(m.voucher),
      text: cell(m.text),
      amount: null,
      account: m.account === null ? null : cell(m.account),
      lineId: null,
      lineName: null,
      message: null,
    };
    const problems: string[] = [];
    const attempt = <T>(read: () => T): T | null => {
      try {
        return read();
      } catch (error) {
        if (!(error instanceof CsvValueError)) throw error;
        problems.push(error.message);
        return null;
      }
    };
    result.date = attempt(() => parseExportDate(cell(m.date)));
    if (result.voucher === "") problems.push(`Bilagsnummeret mangler. Udfyld kolonnen "${m.voucher}".`);
    result.amount = attempt(() => readAmount(cell, m, decimal));
    let unmatched = false;
    if (m.account !== null) {
      const parts = attempt(() => splitAccountString(cell(m.account)));
      if (parts !== null) {
        result.account = describeAccount(parts);
        const rule = matchAccountRule(options.rules, parts);
        if (rule === null) unmatched = true;
        else result.lineName = rule.lineName.trim();
      }
    } else {
      result.lineName = cell(m.line);
      if (result.lineName === "") problems.push(`Budgetlinjen mangler. Skriv budgetlinjens navn i kolonnen "${m.line}".`);
    }
    if (result.lineName) {
      result.lineId = options.resolveLine(result.lineName);
      if (result.lineId === null) {
        problems.push(
          m.account !== null
            ? `Reglen fører kontoen til budgetlinjen "${result.lineName}", som ikke findes i budgettet. Ret reglen, eller opret linjen.`
            : `Ukendt budgetlinje "${result.lineName}". Ret navnet, så det svarer præcis til en budgetlinje i budgettet, eller opret linjen først.`,
        );
      }
    }
    if (result.date !== null && result.voucher !== "" && result.lineId !== null) {
      const key = JSON.stringify([result.voucher, result.lineId, result.date]);
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, result.row);
      else
        problems.push(`Dobbelt postering: bilag ${result.voucher} på ${result.lineName} samme dato står også i række ${earlier}. Fjern den ene af rækkerne.`);
    }
    if (problems.length > 0) {
      result.status = "error";
      result.message = problems.join(" ");
    } else if (unmatched) {
      result.status = "unmatched";
      result.message = "Ingen regel fører denne konto til en budgetlinje. Tilføj en regel for kontoen, og se filen igen.";
    }
    rows.push(result);
  });
  return rows;
}
