import { CsvValueError } from "./csv-records.js";

/** The CsvValueError that `read` throws; any other error (or none) fails the test. */
export function errorOf(read: () => unknown): CsvValueError {
  try {
    read();
  } catch (error) {
    if (error instanceof CsvValueError) return error;
    throw error;
  }
  throw new Error("expected a CsvValueError");
}
