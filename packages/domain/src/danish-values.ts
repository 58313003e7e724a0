import { CsvValueError } from "./csv-records.js";
import { MAX_ORE, type Ore } from "./money.js";
import type { Hundredths } from "./quantity.js";

/**
 * Danish numbers and dates as a spreadsheet or a finance system writes them in a CSV file. Amounts are read
 * digit by digit into bigint øre; they never pass through a JavaScript number. Every message is Danish, names
 * the value and says what to do.
 */

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
    throw new CsvValueError(`${noun} ${shown} har flere kommaer. Brug punktum mellem tusinder og komma som decimaltegn, ${EXAMPLE_AMOUNT}.`);
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
      throw new CsvValueError(`${noun} ${shown} ser ud til at bruge punktum som decimaltegn. Brug dansk decimalkomma, fx ${groups[0]},${last}.`);
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
