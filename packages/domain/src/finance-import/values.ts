import { CsvValueError } from "../csv-records.js";
import { parseDanishAmount, parseDanishDate } from "../danish-values.js";
import type { Ore } from "../money.js";

/** How a file writes decimals: Danish "1.234,50" or with a dot "1234.50" (SAP-based systems' interfaces). */
export type DecimalStyle = "comma" | "dot";

/**
 * The decimal style of a column, decided from its values: a comma or a dot before one or two final digits says it;
 * "1,234.50" or "1.234,50" say it by their grouping. Null when the values say both, or only "1.234" (a thousand
 * or one krone and 234 thousandths?): the leader is asked in the mapping. Whole numbers alone fit either; "comma".
 */
export function guessDecimalStyle(values: readonly string[]): DecimalStyle | null {
  let comma = false;
  let dot = false;
  let undecided = false;
  for (const raw of values) {
    const v = raw.trim().replace(/^[-+\u2212]|[-\u2212]$/g, "");
    if (v === "") continue;
    if (/,\d{1,2}$/.test(v) || /\d\.\d{3},/.test(v)) comma = true;
    else if (/\.\d{1,2}$/.test(v) || /\d,\d{3}\./.test(v)) dot = true;
    else if (/^\d{1,3}([.,]\d{3})+$/.test(v)) undecided = true;
  }
  if (comma && dot) return null;
  if (comma) return "comma";
  if (dot) return "dot";
  return undecided ? null : "comma";
}

/** An amount in the given decimal style, to øre; never through a float. */
export function parseAmount(text: string, style: DecimalStyle): Ore {
  if (style === "comma") return parseDanishAmount(text);
  const t = text.trim();
  if (t.includes(",") && !/^[-+\u2212]?\d{1,3}(,\d{3})+(\.\d+)?[-\u2212]?$/.test(t)) {
    throw new CsvValueError(
      `Beløbet "${t}" passer ikke til punktum som decimaltegn. Vælg "komma" som decimaltegn i tilknytningen, hvis filen bruger dansk talformat.`,
    );
  }
  return parseDanishAmount(t.replace(/,/g, "").replace(".", ","));
}

/**
 * A date in the formats finance exports use: dd-mm-åååå, dd.mm.åååå, dd/mm/åååå, åååå-mm-dd (also an .xlsx date
 * cell, read as such) and ååååmmdd (SAP interfaces). ISO "yyyy-mm-dd" out.
 */
export function parseExportDate(text: string): string {
  const t = text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact) {
    try {
      return parseDanishDate(`${compact[1]}-${compact[2]}-${compact[3]}`);
    } catch {
      throw new CsvValueError(`Datoen "${t}" findes ikke i kalenderen. Ret den til en gyldig dato (ååååmmdd, fx 20260315).`);
    }
  }
  return parseDanishDate(t);
}

/** Whether a value reads as a date in one of the export formats. */
export function looksLikeDate(text: string): boolean {
  try {
    parseExportDate(text);
    return true;
  } catch {
    return false;
  }
}
