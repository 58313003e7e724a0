import { CsvValueError, decodeCsvBytes, parseCsv } from "@overblik/domain";
import ExcelJS from "exceljs";
import { DomainError } from "../../common/errors.js";

/** An økonomioverslag is a page of lines, never a data dump: these bounds keep a hostile file cheap. */
export const SHEET_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 2000, maxColumns: 50, maxUnzippedBytes: 50 * 1024 * 1024 } as const;

const badInput = (message: string) => new DomainError("BAD_USER_INPUT", message);

/**
 * The sum of the uncompressed sizes in a zip's central directory. An .xlsx is a zip, and only the unpacked
 * size says what parsing it will cost (a few kB can unpack to gigabytes), so it is read before ExcelJS sees
 * the file. Zip64 archives (sizes 0xFFFFFFFF) are far beyond any budget sheet and are refused as such.
 */
export function zipUncompressedSize(bytes: Buffer): number {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw badInput("Filen kunne ikke læses som et Excel-regneark (.xlsx).");
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw badInput("Filen kunne ikke læses som et Excel-regneark (.xlsx).");
    const size = bytes.readUInt32LE(at + 24);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
}

/** A number as the Danish text the sheet parser reads: decimal comma, no grouping; float noise beyond 10 decimals dropped. */
function danishNumber(n: number): string {
  return String(Number(n.toFixed(10))).replace(".", ",");
}

function cellText(value: ExcelJS.CellValue): string {
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

function tooMany(rows: number, columns: number): void {
  if (rows > SHEET_LIMITS.maxRows) throw badInput(`Regnearket har mere end ${SHEET_LIMITS.maxRows.toLocaleString("da-DK")} rækker. Et økonomioverslag har én række pr. linje; fjern de øvrige rækker.`);
  if (columns > SHEET_LIMITS.maxColumns) throw badInput(`Regnearket har mere end ${SHEET_LIMITS.maxColumns} kolonner. Fjern kolonnerne til højre for budgettet.`);
}

/** The first worksheet of an .xlsx, or a CSV (; , or tab; UTF-8 or Windows-1252), as a grid of cell texts. */
export async function readSheetGrid(fileName: string, contentBase64: string): Promise<string[][]> {
  const bytes = Buffer.from(contentBase64, "base64");
  if (bytes.length === 0) throw badInput("Filen er tom.");
  if (bytes.length > SHEET_LIMITS.maxBytes) throw badInput("Filen er større end 5 MB.");
  if (/\.xlsx$/i.test(fileName)) {
    if (zipUncompressedSize(bytes) > SHEET_LIMITS.maxUnzippedBytes) throw badInput("Regnearket fylder for meget udpakket (over 50 MB). Gem kun budgettet i en ny fil.");
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw badInput("Filen kunne ikke læses som et Excel-regneark (.xlsx).");
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw badInput("Regnearket har ingen ark.");
    const grid: string[][] = [];
    // eachRow/eachCell visit only cells with a value: never sheet.columnCount, which walks every row on each call.
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      tooMany(rowNumber, 0);
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        tooMany(0, column);
        cells[column - 1] = cellText(cell.value).trim();
      });
      grid[rowNumber - 1] = Array.from(cells, (c) => c ?? "");
    });
    return Array.from(grid, (r) => r ?? []);
  }
  if (!/\.(csv|txt)$/i.test(fileName)) throw badInput("Filen skal være et Excel-regneark (.xlsx) eller en CSV-fil (.csv).");
  let grid: string[][];
  try {
    grid = parseCsv(decodeCsvBytes(bytes).text);
  } catch (error) {
    if (error instanceof CsvValueError) throw badInput(error.message);
    throw error;
  }
  tooMany(grid.length, 0);
  tooMany(0, grid.reduce((widest, r) => Math.max(widest, r.length), 0));
  return grid;
}
