/**
 * CPR numbers by the CPR office's rules. The century comes from the 7th digit (the first of the
 * serial number): 0–3 → 19xx; 4 and 9 → 20xx if YY ≤ 36, else 19xx; 5–8 → 20xx if YY ≤ 57, else 18xx.
 * No modulus-11 check: numbers issued since 2007 may fail it and are valid all the same.
 */
export interface CprInfo {
  /** "DDMMYYSSSS", without the dash. */
  normalized: string;
  /** ISO birth date. */
  birthDate: string;
  birthYear: number;
  /** The last digit: odd for men, even for women. */
  gender: "M" | "K";
}

export class CprError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CprError";
  }
}

export function cprCentury(seventhDigit: number, yy: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Parses "DDMMYY-SSSS" or "DDMMYYSSSS". Danish error messages never repeat the number itself. */
export function parseCpr(input: string): CprInfo {
  const compact = input.trim().replace(/^(\d{6})[- ]?(\d{4})$/, "$1$2");
  if (!/^\d{10}$/.test(compact)) throw new CprError("CPR-nummeret skal have 10 cifre (DDMMÅÅ-LLLL).");
  const day = Number(compact.slice(0, 2));
  const month = Number(compact.slice(2, 4));
  const yy = Number(compact.slice(4, 6));
  const seventh = Number(compact[6]);
  const year = cprCentury(seventh, yy) + yy;
  if (!isRealDate(year, month, day)) throw new CprError("CPR-nummerets fødselsdato findes ikke i kalenderen.");
  const last = Number(compact[9]);
  return {
    normalized: compact,
    birthDate: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    birthYear: year,
    gender: last % 2 === 1 ? "M" : "K",
  };
}

/** "010165-1234" → "010165-****": enough to recognise, not to identify. */
export function maskCpr(normalized: string): string {
  return `${normalized.slice(0, 6)}-****`;
}
