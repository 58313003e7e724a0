/**
 * The bounds of every file import (target group, budget sheet, postings), issue #14: a file is read in a worker
 * thread and refused as soon as it passes one of these, with the limit named in the message. Each kind may be
 * stricter (a budget sheet is a page of lines); none may be looser.
 */
export const IMPORT_LIMITS = {
  /** The file as uploaded (an .xlsx is compressed). */
  maxBytes: 10 * 1024 * 1024,
  /** The sum of an .xlsx's entries unpacked, read from the zip's central directory before anything is unpacked. */
  maxUnzippedBytes: 50 * 1024 * 1024,
  /** The last row with a value (the header is row 1). */
  maxRows: 20_000,
  /** Columns of the header; a cell further right in a later row is never read. */
  maxColumns: 50,
  /** Cells read in all (rows × the columns each row has, at most maxColumns). */
  maxCells: 500_000,
  /** Wall-clock time of one file's reading in the worker; then the worker is stopped. */
  maxSeconds: 30,
  /** The worker's heap (V8's old generation); more and the worker is stopped. */
  maxMemoryMb: 512,
  /** Row errors listed in a preview; the rest are counted ("Og 1.234 flere fejl."). */
  maxListedErrors: 100,
} as const;

/** The limits a reader checks; a kind may pass stricter ones. */
export type ImportLimits = { readonly [K in "maxBytes" | "maxUnzippedBytes" | "maxRows" | "maxColumns" | "maxCells"]: number };

const n = (value: number) => value.toLocaleString("da-DK");
const mb = (bytes: number) => `${n(bytes / (1024 * 1024))} MB`;

/** The Danish refusals, one per limit: each names the limit and says what to do. */
export const importLimitMessage = {
  bytes: (l: Pick<ImportLimits, "maxBytes">) => `Filen er større end ${mb(l.maxBytes)}; del den op i flere filer.`,
  unzipped: (l: Pick<ImportLimits, "maxUnzippedBytes">) =>
    `Regnearket fylder mere end ${mb(l.maxUnzippedBytes)} udpakket; gem kun de nødvendige rækker og kolonner i en ny fil.`,
  rows: (l: Pick<ImportLimits, "maxRows">) => `Filen har mere end ${n(l.maxRows)} rækker; del den op.`,
  columns: (l: Pick<ImportLimits, "maxColumns">) => `Filen har mere end ${n(l.maxColumns)} kolonner i overskriften; fjern kolonnerne til højre for dataene.`,
  cells: (l: Pick<ImportLimits, "maxCells">) => `Filen har mere end ${n(l.maxCells)} celler; del den op.`,
  time: () => `Filen kunne ikke læses på ${n(IMPORT_LIMITS.maxSeconds)} sekunder; del den op i mindre filer.`,
  memory: () => `Filen kræver mere end ${n(IMPORT_LIMITS.maxMemoryMb)} MB hukommelse at læse; del den op i mindre filer.`,
  more: (count: number) => `Og ${n(count)} flere fejl.`,
};

/**
 * At most maxListedErrors row errors, then one line that counts the rest: a file of 20.000 bad rows gives a
 * short answer. The extra line carries the row of the first error left out.
 */
export function capRowErrors<E extends { row: number; column?: string | null; message: string }>(
  errors: readonly E[],
  make: (row: number, message: string) => E,
): E[] {
  if (errors.length <= IMPORT_LIMITS.maxListedErrors) return [...errors];
  const shown = errors.slice(0, IMPORT_LIMITS.maxListedErrors);
  const firstLeftOut = errors[IMPORT_LIMITS.maxListedErrors]?.row ?? 0;
  return [...shown, make(firstLeftOut, importLimitMessage.more(errors.length - IMPORT_LIMITS.maxListedErrors))];
}

/**
 * A file refused by a reader (a limit, an unreadable format), with its Danish message. The readers run in the
 * import worker, which loads nothing but them; the API turns this into DomainError("BAD_USER_INPUT").
 */
export class ImportRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportRefusal";
  }
}
