import { CsvValueError, decodeCsvBytes, parseCsv } from "@overblik/domain";
import ExcelJS from "exceljs";
import { IMPORT_LIMITS, ImportRefusal, importLimitMessage, type ImportLimits } from "../../common/import-limits.js";

const badInput = (message: string) => new ImportRefusal(message);
const NOT_XLSX = "Filen kunne ikke læses som et Excel-regneark (.xlsx).";

/** Reports how far the reading has come, 0–100. */
export type Progress = (percent: number) => void;

/**
 * The sum of the uncompressed sizes in a zip's central directory. An .xlsx is a zip, and only the unpacked
 * size says what parsing it will cost (a few kB can unpack to gigabytes), so it is read before ExcelJS sees
 * the file. Zip64 archives (sizes 0xFFFFFFFF) are far beyond any import and count as infinite.
 */
export function zipUncompressedSize(bytes: Uint8Array): number {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  let eocd = -1;
  for (let i = view.length - 22; i >= Math.max(0, view.length - 22 - 0xffff); i--) {
    if (view.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw badInput(NOT_XLSX);
  const entries = view.readUInt16LE(eocd + 10);
  let at = view.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > view.length || view.readUInt32LE(at) !== CENTRAL) throw badInput(NOT_XLSX);
    const size = view.readUInt32LE(at + 24);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + view.readUInt16LE(at + 28) + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
  }
  return total;
}

/** A number as the Danish text the parsers read: decimal comma, no grouping; float noise beyond 10 decimals dropped. */
function danishNumber(value: number): string {
  return String(Number(value.toFixed(10))).replace(".", ",");
}

/** A cell as text: dates as ISO (yyyy-mm-dd), numbers with a decimal comma, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return danishNumber(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "SAND" : "FALSK";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return "";
}

/** A row's cells 1..width as trimmed texts, without trailing empty cells. */
function trimTrailing(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

async function readXlsx(bytes: Uint8Array, limits: ImportLimits, progress: Progress): Promise<string[][]> {
  // Refuse a zip bomb from its central directory, before a single byte is inflated.
  if (zipUncompressedSize(bytes) > limits.maxUnzippedBytes) throw badInput(importLimitMessage.unzipped(limits));
  progress(5);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badInput(NOT_XLSX);
  }
  progress(60);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badInput("Regnearket har ingen ark.");
  // The header's width bounds every row. Row 1's cells beyond the limit are looked at once (one row, cheap):
  // a header that wide is refused. Never sheet.columnCount/actualColumnCount: each call walks every row.
  const header = sheet.getRow(1);
  for (let c = limits.maxColumns + 1; c <= header.cellCount; c++) {
    if (cellText(header.getCell(c).value).trim() !== "") throw badInput(importLimitMessage.columns(limits));
  }
  const last = sheet.rowCount; // the last row's number, kept by ExcelJS: no walk
  if (last > limits.maxRows) throw badInput(importLimitMessage.rows(limits));
  const grid: string[][] = [];
  let cells = 0;
  for (let r = 1; r <= last; r++) {
    const row = sheet.findRow(r);
    if (!row) {
      grid.push([]);
      continue;
    }
    const width = Math.min(row.cellCount, limits.maxColumns);
    cells += width;
    if (cells > limits.maxCells) throw badInput(importLimitMessage.cells(limits));
    const texts: string[] = new Array<string>(width);
    for (let c = 1; c <= width; c++) texts[c - 1] = cellText(row.getCell(c).value).trim();
    grid.push(trimTrailing(texts));
    if (r % 1000 === 0) progress(60 + Math.floor((35 * r) / last));
  }
  // Trailing blank rows (formatting only) say nothing.
  while (grid.length > 0 && grid[grid.length - 1]?.length === 0) grid.pop();
  return grid;
}

/** Line breaks in `text`, counted up to just past `atMost`. */
export function lineBreaks(text: string, atMost: number): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0 && count <= atMost; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

function readCsv(bytes: Uint8Array, limits: ImportLimits, progress: Progress): string[][] {
  let grid: string[][];
  try {
    const text = decodeCsvBytes(bytes).text;
    progress(20);
    // Counting line breaks is cheap and spares parsing a file that is too long anyway.
    if (lineBreaks(text, limits.maxRows) > limits.maxRows) throw badInput(importLimitMessage.rows(limits));
    grid = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvValueError) throw badInput(error.message);
    throw error;
  }
  progress(70);
  if (grid.length > limits.maxRows) throw badInput(importLimitMessage.rows(limits));
  if ((grid[0]?.length ?? 0) > limits.maxColumns && trimTrailing(grid[0] ?? []).length > limits.maxColumns) throw badInput(importLimitMessage.columns(limits));
  let cells = 0;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.length > limits.maxColumns) grid[r] = row.slice(0, limits.maxColumns);
    cells += Math.min(row.length, limits.maxColumns);
    if (cells > limits.maxCells) throw badInput(importLimitMessage.cells(limits));
  }
  return grid;
}

/**
 * The first worksheet of an .xlsx, or a CSV (; , or tab; UTF-8 or Windows-1252), as a grid of cell texts whose
 * row i is the file's row i + 1, bounded by `limits` at every step. Runs in the import worker (import-worker.ts);
 * it is pure so unit tests can call it directly.
 */
export async function readGrid(fileName: string, bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS, progress: Progress = () => {}): Promise<string[][]> {
  if (bytes.length === 0) throw badInput("Filen er tom.");
  if (bytes.length > limits.maxBytes) throw badInput(importLimitMessage.bytes(limits));
  return /\.xlsx$/i.test(fileName) ? readXlsx(bytes, limits, progress) : readCsv(bytes, limits, progress);
}
