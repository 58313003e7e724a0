/**
 * Reading a CSV file: bytes to text, text to records of fields. The postings import (csv-import.ts) and the
 * budget draft's import build on it.
 *
 * Row numbers: the header is row 1 and every CSV record after it takes the next number (2, 3, …),
 * blank records included. That is the row number a spreadsheet shows when it opens the file, and it
 * equals the physical line number unless a quoted field contains a line break (such a record is one
 * row, as in the spreadsheet).
 *
 * The package exports CsvDelimiter, CsvValueError, decodeCsvBytes and parseCsv (index.ts); the scanner's parts
 * are exported only for csv-import.ts, which reports an unclosed quote as a row error instead of throwing.
 */

export type CsvDelimiter = ";" | "," | "\t" | "|";

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
  "\u20AC",
  "\u0081",
  "\u201A",
  "\u0192",
  "\u201E",
  "\u2026",
  "\u2020",
  "\u2021",
  "\u02C6",
  "\u2030",
  "\u0160",
  "\u2039",
  "\u0152",
  "\u008D",
  "\u017D",
  "\u008F",
  "\u0090",
  "\u2018",
  "\u2019",
  "\u201C",
  "\u201D",
  "\u2022",
  "\u2013",
  "\u2014",
  "\u02DC",
  "\u2122",
  "\u0161",
  "\u203A",
  "\u0153",
  "\u009D",
  "\u017E",
  "\u0178",
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

export interface CsvScan {
  /** Records in order; record i (0-based) is row i + 1. */
  records: string[][];
  /** Row where a quoted field starts that is never closed (that record is not in `records`), else null. */
  unclosedQuoteRow: number | null;
}

const DELIMITERS: readonly CsvDelimiter[] = [";", "\t", ",", "|"];

/**
 * Picks the delimiter that occurs most often outside quotes in the first record (the header).
 * Ties go to ";" (the Danish default), then tab, then ",", then "|"; with none of them, ";".
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"')
      inQuotes = !inQuotes; // an escaped "" toggles twice, which is what we want
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
export function scanCsv(input: string, delimiter: CsvDelimiter): CsvScan {
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

export function unclosedQuoteMessage(row: number): string {
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

export function stripBom(text: string): string {
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}
