import { MAX_ORE, type Ore } from "./money.js";
import { formatQuantity, type Hundredths } from "./quantity.js";

/**
 * Import of postings (spend) from a CSV export of a municipality's finance system.
 *
 * Everything here is pure: bytes or text in, a preview out. The preview lists every row error by
 * row number before anything is written, so the user can fix the file in one go.
 *
 * Amounts are read digit by digit into bigint øre; they never pass through a JavaScript number.
 *
 * Row numbers: the header is row 1 and every CSV record after it takes the next number (2, 3, …),
 * blank records included. That is the row number a spreadsheet shows when it opens the file, and it
 * equals the physical line number unless a quoted field contains a line break (such a record is one
 * row, as in the spreadsheet). Blank records (all fields empty) are skipped without an error.
 */

export type CsvDelimiter = ";" | "," | "\t";

/** A value in the file that cannot be read; `message` is Danish, names the value and says what to do. */
export class CsvValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CsvValueError";
  }
}

// ---------------------------------------------------------------------------------------------
// Bytes → text
// ---------------------------------------------------------------------------------------------

/**
 * WHATWG windows-1252 for the bytes 0x80–0x9F. Node's decoder (as of Node 20) treats the label as
 * ISO-8859-1 and returns the C1 control characters instead, so "€", "–", "…" and curly quotes would
 * be lost. A real windows-1252 decoder never returns U+0080–U+009F except for the five undefined
 * bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D), which stay as they are.
 */
const CP1252_HIGH: readonly string[] = [
  "\u20AC", "\u0081", "\u201A", "\u0192", "\u201E", "\u2026", "\u2020", "\u2021",
  "\u02C6", "\u2030", "\u0160", "\u2039", "\u0152", "\u008D", "\u017D", "\u008F",
  "\u0090", "\u2018", "\u2019", "\u201C", "\u201D", "\u2022", "\u2013", "\u2014",
  "\u02DC", "\u2122", "\u0161", "\u203A", "\u0153", "\u009D", "\u017E", "\u0178",
];

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * Decodes a CSV file's bytes: a UTF-8 byte-order mark is removed; bytes that are valid UTF-8 are read
 * as UTF-8, anything else as Windows-1252 (what Excel and older finance systems write on Danish Windows).
 * Throws `CsvValueError` for UTF-16 files (Excel's "Unicode-tekst"), which neither encoding can read, and for
 * any file with a NUL byte.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: "utf-8" | "windows-1252" } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    throw new CsvValueError(
      'Filen er gemt som UTF-16 ("Unicode-tekst"), som ikke kan læses. Gem den i stedet som "CSV UTF-8" eller "CSV (semikolonsepareret)" og prøv igen.',
    );
  }
  const body = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // A text file has no NUL byte; UTF-16 without a byte-order mark has one beside every Latin letter (and
  // PostgreSQL's text could not store it anyway).
  if (body.includes(0)) {
    throw new CsvValueError(
      'Filen indeholder NUL-tegn og er sikkert gemt som UTF-16 ("Unicode-tekst") eller er ikke en tekstfil. Gem den som "CSV UTF-8" eller "CSV (semikolonsepareret)" og prøv igen.',
    );
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(body), encoding: "windows-1252" };
  }
}

// ---------------------------------------------------------------------------------------------
// Text → records
// ---------------------------------------------------------------------------------------------

interface CsvScan {
  /** Records in order; record i (0-based) is row i + 1. */
  records: string[][];
  /** Row where a quoted field starts that is never closed (that record is not in `records`), else null. */
  unclosedQuoteRow: number | null;
}

const DELIMITERS: readonly CsvDelimiter[] = [";", "\t", ","];

/**
 * Picks the delimiter that occurs most often outside quotes in the first record (the header).
 * Ties go to ";" (the Danish default), then tab, then ","; with none of them, ";".
 */
function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes; // an escaped "" toggles twice, which is what we want
    else if (!inQuotes && (c === "\n" || c === "\r")) break;
    else if (!inQuotes && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: CsvDelimiter = ";";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * RFC 4180 scanner. Lenient where spreadsheets are: a quote in the middle of an unquoted field is an
 * ordinary character, characters after a closing quote are kept, and a lone CR also ends a record.
 */
function scanCsv(input: string, delimiter: CsvDelimiter): CsvScan {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let fieldQuoted = false;
  let inQuotes = false;
  let i = 0;
  const endField = () => {
    fields.push(field);
    field = "";
    fieldQuoted = false;
  };
  const endRecord = () => {
    endField();
    records.push(fields);
    fields = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "" && !fieldQuoted) {
      inQuotes = true;
      fieldQuoted = true;
      i++;
    } else if (c === delimiter) {
      endField();
      i++;
    } else if (c === "\r") {
      endRecord();
      i += text[i + 1] === "\n" ? 2 : 1;
    } else if (c === "\n") {
      endRecord();
      i++;
    } else {
      field += c;
      i++;
    }
  }
  if (inQuotes) return { records, unclosedQuoteRow: records.length + 1 };
  // Text after the last line break is a record; an empty last line (the file ends with a newline) is not.
  if (field !== "" || fieldQuoted || fields.length > 0) endRecord();
  return { records, unclosedQuoteRow: null };
}

function unclosedQuoteMessage(row: number): string {
  return `Et felt i række ${row} begynder med et anførselstegn ("), som aldrig bliver lukket, så resten af filen kan ikke læses. Tilføj det afsluttende anførselstegn, og prøv igen.`;
}

/**
 * Splits CSV text into records of fields (RFC 4180: quoted fields with "" escapes, delimiters and line
 * breaks inside quotes, CRLF or LF). A final empty line is ignored; blank lines elsewhere are records
 * with one empty field. Without `delimiter` it is detected from the header line (see `detectDelimiter`).
 * Throws `CsvValueError` when a quoted field is never closed.
 */
export function parseCsv(text: string, delimiter?: CsvDelimiter): string[][] {
  const scan = scanCsv(text, delimiter ?? detectDelimiter(stripBom(text)));
  if (scan.unclosedQuoteRow !== null) throw new CsvValueError(unclosedQuoteMessage(scan.unclosedQuoteRow));
  return scan.records;
}

function stripBom(text: string): string {
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------
// Danish numbers and dates
// ---------------------------------------------------------------------------------------------

const EXAMPLE_AMOUNT = "fx 1.234,50";

/**
 * Reads a Danish decimal number ("12.345,67", "-1.000", "1 000,5") as an integer number of hundredths.
 * `noun` is the Danish subject of the messages ("Beløbet", "Antallet").
 */
function parseDanishHundredths(input: string, noun: string, allowCurrency: boolean): bigint {
  const original = input.trim();
  const shown = `"${original}"`;
  let s = original;
  if (allowCurrency) {
    s = s.replace(/\s*kr\.?$/i, "").replace(/^kr\.?\s*/i, "");
  }
  if (s === "") throw new CsvValueError(`${noun} mangler. Skriv et tal med decimalkomma, ${EXAMPLE_AMOUNT}.`);

  let negative = false;
  const leading = /^([-\u2212+])\s*/.exec(s);
  if (leading) {
    negative = leading[1] !== "+";
    s = s.slice(leading[0].length);
  }
  const trailing = /\s*([-\u2212])$/.exec(s); // "1.000,00-" as SAP-based finance systems write it
  if (trailing) {
    if (leading) throw new CsvValueError(`${noun} ${shown} har fortegn to steder. Skriv kun ét minus foran tallet, fx -1.234,50.`);
    negative = true;
    s = s.slice(0, s.length - trailing[0].length);
  }

  if (/^\d*[.,]?\d*e[-+]?\d+$/i.test(s)) {
    throw new CsvValueError(`${noun} ${shown} er skrevet med eksponent. Skriv hele tallet med decimalkomma, ${EXAMPLE_AMOUNT}.`);
  }
  if (s === "" || !/^[\d., \u00A0\u202F]+$/.test(s)) {
    throw new CsvValueError(`${shown} er ikke et gyldigt tal. Skriv ${noun.toLowerCase()} med decimalkomma og punktum mellem tusinder, ${EXAMPLE_AMOUNT}.`);
  }

  // Spaces are allowed only as thousands separators ("1 000,50"); they then count as thousands dots.
  if (/\s/.test(s)) {
    if (s.includes(".") || !/^\d{1,3}(?:\s\d{3})+(?:,\d*)?$/.test(s)) {
      throw new CsvValueError(
        `Mellemrummene i ${noun.toLowerCase()} ${shown} står forkert. Mellemrum må kun adskille tusinder; skriv fx 1.234,50 eller 1234,50.`,
      );
    }
    s = s.replace(/\s/g, ".");
  }

  const commas = s.split(",").length - 1;
  if (commas > 1) {
    throw new CsvValueError(
      `${noun} ${shown} har flere kommaer. Brug punktum mellem tusinder og komma som decimaltegn, ${EXAMPLE_AMOUNT}.`,
    );
  }
  const [intPart = "", fraction] = s.split(",");

  if (fraction !== undefined) {
    if (fraction.includes(".")) {
      throw new CsvValueError(
        `${noun} ${shown} ser ud til at være skrevet i engelsk talformat. Brug punktum mellem tusinder og komma som decimaltegn, ${EXAMPLE_AMOUNT}.`,
      );
    }
    if (/^\d{3}$/.test(fraction) && /^\d+$/.test(intPart)) {
      throw new CsvValueError(
        `${noun} ${shown} er tvetydigt: et komma efterfulgt af præcis tre cifre kan også være en tusindtalsseparator. Brug decimalkomma med højst to decimaler og punktum mellem tusinder, fx ${intPart}.${fraction},00 hvis der menes tusinder.`,
      );
    }
    if (fraction.length > 2) {
      throw new CsvValueError(`${noun} ${shown} har for mange decimaler. Brug decimalkomma med højst to decimaler, ${EXAMPLE_AMOUNT}.`);
    }
    if (fraction === "" || intPart === "" || intPart.startsWith(".")) {
      throw new CsvValueError(`${shown} er ikke et gyldigt tal. Skriv ${noun.toLowerCase()} med cifre på begge sider af kommaet, fx 0,50 eller 12,00.`);
    }
  }

  let digits: string;
  if (intPart.startsWith(".") || intPart.endsWith(".")) {
    throw new CsvValueError(`${shown} er ikke et gyldigt tal. Skriv ${noun.toLowerCase()} med decimalkomma, ${EXAMPLE_AMOUNT}.`);
  }
  if (intPart.includes(".")) {
    const groups = intPart.split(".");
    const last = groups[groups.length - 1] ?? "";
    if (fraction === undefined && groups.length === 2 && /^\d{1,2}$/.test(last) && (groups[0] ?? "") !== "") {
      throw new CsvValueError(
        `${noun} ${shown} ser ud til at bruge punktum som decimaltegn. Brug dansk decimalkomma, fx ${groups[0]},${last}.`,
      );
    }
    if (!/^\d{1,3}(?:\.\d{3})+$/.test(intPart)) {
      throw new CsvValueError(
        `Tusindtalsseparatorerne i ${noun.toLowerCase()} ${shown} står forkert. Sæt punktum for hvert tredje ciffer fra højre (fx 100.000 eller 1.234.567,89) eller udelad dem (fx 100000).`,
      );
    }
    digits = groups.join("");
  } else {
    digits = intPart;
  }
  if (!/^\d+$/.test(digits)) {
    throw new CsvValueError(`${shown} er ikke et gyldigt tal. Skriv ${noun.toLowerCase()} med decimalkomma, ${EXAMPLE_AMOUNT}.`);
  }
  // Bound the length before BigInt so a pasted megabyte of digits cannot cost anything.
  if (digits.replace(/^0+/, "").length > 20) {
    throw new CsvValueError(`${noun} ${shown} er for stort. Tjek at der ikke mangler et komma.`);
  }
  const magnitude = BigInt(digits) * 100n + BigInt((fraction ?? "").padEnd(2, "0"));
  return negative ? -magnitude : magnitude;
}

/**
 * Reads a Danish amount in kroner to øre: decimal comma, thousands dots (or spaces), at most two
 * decimals, a leading minus (also U+2212) or a trailing one, and "kr."/"kr" before or after.
 * "12.345,67" → 1234567n, "-1.000" → -100000n, "1.000,5" → 100050n.
 * Rejects ambiguous or foreign formats ("12,345", "12.34") instead of guessing.
 */
export function parseDanishAmount(text: string): Ore {
  const ore = parseDanishHundredths(text, "Beløbet", true);
  if (ore > MAX_ORE || ore < -MAX_ORE) {
    throw new CsvValueError(
      `Beløbet "${text.trim()}" er uden for det tilladte interval (højst 90.071.992.547.409,92 kr. til hver side). Tjek at der ikke mangler et komma.`,
    );
  }
  return ore;
}

/** numeric(14, 2) in the database: at most 999.999.999.999,99. */
const MAX_QUANTITY: Hundredths = 10n ** 14n - 1n;

export function parseDanishQuantity(text: string): Hundredths {
  const q = parseDanishHundredths(text, "Antallet", false);
  if (q < 0n) throw new CsvValueError(`Antallet "${text.trim()}" må ikke være negativt. Skriv 0 eller et positivt tal, fx 3,5.`);
  if (q > MAX_QUANTITY) throw new CsvValueError(`Antallet "${text.trim()}" er for stort (højst 999.999.999.999,99). Tjek at der ikke mangler et komma.`);
  return q;
}

const DATE_FORMATS = "dd-mm-åååå (fx 05-03-2013), dd.mm.åååå, dd/mm/åååå eller åååå-mm-dd";

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads a Danish date to ISO "yyyy-mm-dd": dd-mm-yyyy, dd.mm.yyyy or dd/mm/yyyy (day and month with
 * one or two digits, the same separator twice) or yyyy-mm-dd. It must be a real calendar date in 1900–2100.
 */
export function parseDanishDate(text: string): string {
  const s = text.trim();
  if (s === "") throw new CsvValueError(`Datoen mangler. Skriv datoen som ${DATE_FORMATS}.`);
  let year: number;
  let month: number;
  let day: number;
  const danish = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (danish) {
    day = Number.parseInt(danish[1] ?? "", 10);
    month = Number.parseInt(danish[3] ?? "", 10);
    year = Number.parseInt(danish[4] ?? "", 10);
  } else if (iso) {
    year = Number.parseInt(iso[1] ?? "", 10);
    month = Number.parseInt(iso[2] ?? "", 10);
    day = Number.parseInt(iso[3] ?? "", 10);
  } else {
    throw new CsvValueError(`"${s}" er ikke en dato, der kan læses. Skriv datoen som ${DATE_FORMATS}.`);
  }
  if (year < 1900 || year > 2100) {
    throw new CsvValueError(`Året i datoen "${s}" skal ligge mellem 1900 og 2100. Ret datoen, og skriv den som ${DATE_FORMATS}.`);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new CsvValueError(`Datoen "${s}" findes ikke i kalenderen. Ret den til en gyldig dato, skrevet som ${DATE_FORMATS}.`);
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------------------------
// Postings file → preview
// ---------------------------------------------------------------------------------------------

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
