import { CsvValueError, detectDelimiter, scanCsv, stripBom, unclosedQuoteMessage, type CsvDelimiter } from "./csv-records.js";
import { parseDanishAmount, parseDanishDate, parseDanishQuantity } from "./danish-values.js";
import type { Ore } from "./money.js";
import { formatQuantity } from "./quantity.js";

/**
 * Import of postings (spend) from a CSV export of a municipality's finance system.
 *
 * Everything here is pure: bytes or text in, a preview out. The preview lists every row error by
 * row number before anything is written, so the user can fix the file in one go.
 *
 * Amounts are read digit by digit into bigint øre (danish-values.ts); they never pass through a JavaScript number.
 *
 * Row numbers are a spreadsheet's (csv-records.ts). Blank records (all fields empty) are skipped without an error.
 */

export interface ParsedPosting {
  /** Row number in the file (header = 1). */
  row: number;
  /** ISO date "yyyy-mm-dd". */
  date: string;
  voucher: string;
  text: string;
  amount: Ore;
  lineId: string;
  /** The line name as written in the file (trimmed). */
  lineName: string;
  /** Wire format with exactly two decimals ("3.50"), as `formatQuantity`; null when absent or blank. */
  quantity: string | null;
}

export interface RowError {
  row: number;
  /** The column's header as written in the file, or null when the error concerns the whole row. */
  column: string | null;
  /** Danish, says what to do. */
  message: string;
}

export interface PostingsPreview {
  /** Only the rows without any error. */
  postings: ParsedPosting[];
  /** Every error in the file, in row order. */
  errors: RowError[];
  delimiter: CsvDelimiter;
  /** Number of non-blank data rows read (valid and invalid; header and blank rows not counted). */
  rowCount: number;
}

export type PostingColumn = "date" | "voucher" | "text" | "amount" | "line" | "quantity";

/** Accepted header names per column (matched case-insensitively after trimming); the first is the one we suggest. */
export const POSTING_COLUMN_NAMES: Readonly<Record<PostingColumn, readonly string[]>> = {
  date: ["Dato", "Bogføringsdato", "Posteringsdato"],
  voucher: ["Bilag", "Bilagsnr", "Bilagsnr.", "Bilagsnummer"],
  text: ["Tekst", "Posteringstekst", "Beskrivelse"],
  amount: ["Beløb", "Beløb (kr.)", "Beloeb"],
  line: ["Linje", "Budgetlinje", "Konto"],
  quantity: ["Antal", "Mængde", "Timer"],
};

const REQUIRED_COLUMNS: readonly PostingColumn[] = ["date", "voucher", "text", "amount", "line"];
const COLUMN_ORDER: readonly PostingColumn[] = ["date", "voucher", "text", "amount", "line", "quantity"];

function normalizeHeader(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

const COLUMN_BY_HEADER = new Map<string, PostingColumn>(
  COLUMN_ORDER.flatMap((column) => POSTING_COLUMN_NAMES[column].map((name) => [normalizeHeader(name), column] as const)),
);

function danishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`;
}

function isoToDanish(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}-${m}-${y}`;
}

/**
 * Reads a postings file into a preview: every valid row as a posting and every error by row number.
 * Nothing is written; the caller shows the preview and imports `postings` only when `errors` is empty.
 * `resolveLine` maps a line name (trimmed, as in the file) to the budget line's id, or null when unknown.
 */
export function parsePostingsCsv(text: string, options: { resolveLine: (name: string) => string | null }): PostingsPreview {
  const source = stripBom(text);
  const delimiter = detectDelimiter(source);
  const scan = scanCsv(source, delimiter);
  const errors: RowError[] = [];
  const postings: ParsedPosting[] = [];
  const isBlank = (fields: readonly string[]) => fields.every((f) => f.trim() === "");

  const header = scan.records[0];
  const dataRecords = scan.records.slice(1);
  const rowCount = dataRecords.filter((fields) => !isBlank(fields)).length;
  const finish = (): PostingsPreview => {
    if (scan.unclosedQuoteRow !== null) errors.push({ row: scan.unclosedQuoteRow, column: null, message: unclosedQuoteMessage(scan.unclosedQuoteRow) });
    return { postings, errors, delimiter, rowCount };
  };

  if (header === undefined || isBlank(header)) {
    if (scan.unclosedQuoteRow === 1) return finish();
    errors.push({
      row: 1,
      column: null,
      message:
        header === undefined
          ? "Filen er tom. Vælg en CSV-fil med en overskriftsrække og mindst én postering."
          : "Første række er tom, men skal være overskriftsrækken, der navngiver kolonnerne, fx Dato;Bilag;Tekst;Beløb;Linje. Slet de tomme rækker øverst i filen.",
    });
    return finish();
  }

  // Map header → column index.
  const indexOf = new Map<PostingColumn, number>();
  const headerNames = header.map((h) => h.trim());
  const repeated = new Map<PostingColumn, string[]>();
  header.forEach((raw, index) => {
    const column = COLUMN_BY_HEADER.get(normalizeHeader(raw));
    if (column === undefined) return;
    if (indexOf.has(column)) {
      const names = repeated.get(column) ?? [headerNames[indexOf.get(column)!] ?? ""];
      names.push(headerNames[index] ?? "");
      repeated.set(column, names);
    } else {
      indexOf.set(column, index);
    }
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !indexOf.has(c));
  if (missing.length > 0) {
    const names = missing.map((c) => `"${POSTING_COLUMN_NAMES[c][0]}"`);
    const accepted = missing.map((c) => `${POSTING_COLUMN_NAMES[c][0]}: ${POSTING_COLUMN_NAMES[c].join(", ")}`).join("; ");
    errors.push({
      row: 1,
      column: null,
      message:
        `Overskriftsrækken mangler ${missing.length === 1 ? "kolonnen" : "kolonnerne"} ${danishList(names)}. ` +
        `Tilføj ${missing.length === 1 ? "den" : "dem"} i første række, eller omdøb de tilsvarende kolonner (godkendte navne – ${accepted}).`,
    });
  }
  for (const names of repeated.values()) {
    errors.push({
      row: 1,
      column: null,
      message: `Flere kolonner betyder det samme (${danishList(names.map((n) => `"${n}"`))}). Behold kun én af dem, og omdøb eller slet de andre.`,
    });
  }
  if (errors.length > 0) return finish();

  const col = (c: PostingColumn): number => indexOf.get(c) ?? -1;
  const columnName = (c: PostingColumn): string => headerNames[col(c)] ?? POSTING_COLUMN_NAMES[c][0] ?? c;
  const expected = header.length;
  /** voucher + lineId + date → first row with that key. */
  const seen = new Map<string, number>();

  dataRecords.forEach((fields, dataIndex) => {
    const row = dataIndex + 2;
    if (isBlank(fields)) return;
    // Extra fields are tolerated when they are empty (spreadsheets often add trailing delimiters).
    const extraFilled = fields.slice(expected).some((f) => f.trim() !== "");
    if (fields.length < expected || extraFilled) {
      const shownDelimiter = delimiter === "\t" ? "tabulator" : `"${delimiter}"`;
      errors.push({
        row,
        column: null,
        message:
          `Rækken har ${fields.length} felter, men overskriftsrækken har ${expected}. ` +
          `Tjek at hver række har en værdi (evt. tom) for hver kolonne, og at tekster der indeholder ${shownDelimiter} står i anførselstegn.`,
      });
      return;
    }
    const cell = (c: PostingColumn): string => (col(c) >= 0 ? (fields[col(c)] ?? "").trim() : "");
    const rowErrors: RowError[] = [];
    const fail = (c: PostingColumn, message: string) => rowErrors.push({ row, column: columnName(c), message });
    const attempt = <T>(c: PostingColumn, read: () => T): T | null => {
      try {
        return read();
      } catch (error) {
        if (!(error instanceof CsvValueError)) throw error;
        fail(c, error.message);
        return null;
      }
    };

    const date = attempt("date", () => parseDanishDate(cell("date")));

    const voucher = cell("voucher");
    if (voucher === "") fail("voucher", `Bilagsnummeret mangler. Udfyld kolonnen "${columnName("voucher")}".`);

    const postingText = cell("text");

    let amount = attempt("amount", () => parseDanishAmount(cell("amount")));
    if (amount === 0n) {
      fail("amount", "Beløbet må ikke være 0. Ret beløbet, eller fjern rækken.");
      amount = null;
    }

    const lineName = cell("line");
    let lineId: string | null = null;
    if (lineName === "") {
      fail("line", `Budgetlinjen mangler. Skriv budgetlinjens navn i kolonnen "${columnName("line")}".`);
    } else {
      lineId = options.resolveLine(lineName);
      if (lineId === null) {
        fail("line", `Ukendt budgetlinje "${lineName}". Ret navnet, så det svarer præcis til en budgetlinje i budgettet, eller opret linjen først.`);
      }
    }

    let quantity: string | null = null;
    const quantityText = cell("quantity");
    if (quantityText !== "") {
      const q = attempt("quantity", () => parseDanishQuantity(quantityText));
      if (q !== null) quantity = formatQuantity(q);
    }

    if (date !== null && voucher !== "" && lineId !== null) {
      const key = JSON.stringify([voucher, lineId, date]);
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, row);
      } else {
        fail(
          "voucher",
          `Dobbelt postering: bilag ${voucher} på ${lineName} d. ${isoToDanish(date)} står også i række ${earlier}. Fjern den ene af rækkerne, eller ret bilagsnummeret.`,
        );
      }
    }

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      return;
    }
    if (date === null || amount === null || lineId === null) return; // unreachable: each has an error above
    postings.push({ row, date, voucher, text: postingText, amount, lineId, lineName, quantity });
  });

  return finish();
}
