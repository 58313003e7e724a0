import { DomainError } from "../../common/errors.js";
import { IMPORT_LIMITS, ImportRefusal, type ImportLimits } from "../../common/import-limits.js";
import { readGridInWorker } from "../imports/import-runner.js";
import { readGrid, type Progress } from "../imports/read-grid.js";

/** An økonomioverslag is a page of lines, never a data dump: IMPORT_LIMITS, with 5 MB and 2.000 rows. */
export const SHEET_LIMITS: ImportLimits = { ...IMPORT_LIMITS, maxBytes: 5 * 1024 * 1024, maxRows: 2000 };

const badInput = (message: string) => new DomainError("BAD_USER_INPUT", message);

function bytesOf(fileName: string, contentBase64: string): Buffer {
  if (!/\.(xlsx|csv|txt)$/i.test(fileName)) throw badInput("Filen skal være et Excel-regneark (.xlsx) eller en CSV-fil (.csv).");
  return Buffer.from(contentBase64, "base64");
}

/** The first worksheet of an .xlsx, or a CSV (; , or tab; UTF-8 or Windows-1252), as a grid of cell texts; read here (unit tests). */
export async function readSheetGrid(fileName: string, contentBase64: string): Promise<string[][]> {
  try {
    return await readGrid(fileName, bytesOf(fileName, contentBase64), SHEET_LIMITS);
  } catch (error) {
    if (error instanceof ImportRefusal) throw badInput(error.message);
    throw error;
  }
}

/** The same, read in the import worker: what the API does, so the event loop never parses a sheet. */
export function readSheetGridInWorker(fileName: string, contentBase64: string, progress?: Progress): Promise<string[][]> {
  return readGridInWorker(fileName, bytesOf(fileName, contentBase64), SHEET_LIMITS, progress);
}
