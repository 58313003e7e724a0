import { POSTING_COLUMN_NAMES } from "../csv-import.js";
import { guessDecimalStyle, looksLikeDate, type DecimalStyle } from "./values.js";

/**
 * Which column of a finance export means what. Columns are named by their header text, so a saved mapping keeps
 * working when the finance system moves a column. Either one signed amount or debit and/or credit (with an
 * optional D/K column turning the amount's sign); either an account string (mapped by the project's rules) or a
 * column naming the budget line (the original format).
 */
export interface FinanceMapping {
  date: string | null;
  voucher: string | null;
  text: string | null;
  amount: string | null;
  debit: string | null;
  credit: string | null;
  /** "D"/"K" (debet/kredit): K turns the amount negative. */
  sign: string | null;
  account: string | null;
  line: string | null;
  /** Null: the values did not say; the leader must choose. */
  decimal: DecimalStyle | null;
}

export type MappingField = Exclude<keyof FinanceMapping, "decimal">;

export const MAPPING_FIELD_LABELS: Readonly<Record<MappingField, string>> = {
  date: "Dato",
  voucher: "Bilag",
  text: "Tekst",
  amount: "Beløb (med fortegn)",
  debit: "Debet",
  credit: "Kredit",
  sign: "Debet/kredit-mærke (D/K)",
  account: "Kontostreng",
  line: "Budgetlinje (navn)",
};

export const EMPTY_MAPPING: FinanceMapping = {
  date: null,
  voucher: null,
  text: null,
  amount: null,
  debit: null,
  credit: null,
  sign: null,
  account: null,
  line: null,
  decimal: null,
};

/** Header names per field, Danish and SAP-ish; compared with case, spaces and punctuation ignored. */
const HEADER_NAMES: Readonly<Record<MappingField, readonly string[]>> = {
  date: [...POSTING_COLUMN_NAMES.date, "Bogf. dato", "Bilagsdato", "Dokumentdato", "Date", "Budat"],
  voucher: [...POSTING_COLUMN_NAMES.voucher, "Bilagsnummer", "Bilagsnr", "Dokumentnr", "Dokumentnummer", "Belnr"],
  text: [...POSTING_COLUMN_NAMES.text, "Posteringstekst", "Bilagstekst", "Sgtxt", "Tekst (postering)"],
  amount: [...POSTING_COLUMN_NAMES.amount, "Beløb DKK", "Beløb i DKK", "Beløb i kr", "Saldo", "Wrbtr", "Dmbtr"],
  debit: ["Debet", "Debit", "Debetbeløb"],
  credit: ["Kredit", "Credit", "Kreditbeløb"],
  sign: ["D/K", "DK", "Debet/Kredit", "Shkzg"],
  account: ["Kontostreng", "Kontonummer", "Kontonr", "Konto", "Autoriseret konto", "Kontering"],
  line: ["Budgetlinje", "Linje", "Budgetpost"],
};

const normal = (s: string) =>
  s
    .normalize("NFC")
    .toLocaleLowerCase("da-DK")
    .replace(/[^a-zæøå0-9/]/g, "");

const ACCOUNT_VALUE = (v: string) => v.replace(/\D/g, "").length === 16 && /^[\d .-]+$/.test(v.trim());

/**
 * The mapping guessed from the header and the first rows: by header name first, then by the values (a column of
 * 16-digit strings is the account; of dates, the date). A "Konto" column that holds names is the budget line (the
 * original format). Every guess is shown for the leader to confirm.
 */
export function guessMapping(header: readonly string[], rows: readonly (readonly string[])[]): FinanceMapping {
  const columnValues = (i: number) => rows.map((r) => (r[i] ?? "").trim()).filter((v) => v !== "");
  const used = new Set<number>();
  const pick = (test: (name: string, i: number) => boolean): string | null => {
    const i = header.findIndex((h, idx) => !used.has(idx) && test(h, idx));
    if (i < 0) return null;
    used.add(i);
    return header[i] ?? null;
  };
  const byName = (field: MappingField) => {
    const names = HEADER_NAMES[field].map(normal);
    for (const n of names) {
      const found = pick((h) => normal(h) === n);
      if (found !== null) return found;
    }
    return null;
  };
  const allValues = (i: number, test: (v: string) => boolean) => columnValues(i).length > 0 && columnValues(i).every(test);

  const m: FinanceMapping = { ...EMPTY_MAPPING };
  // The account first: a "Konto" column is the account only when its values are account strings.
  const accountNames = HEADER_NAMES.account.map(normal);
  m.account = pick((h, i) => accountNames.includes(normal(h)) && allValues(i, ACCOUNT_VALUE)) ?? pick((_h, i) => allValues(i, ACCOUNT_VALUE));
  m.line = byName("line") ?? (m.account === null ? pick((h) => normal(h) === "konto") : null);
  m.date = byName("date") ?? pick((_h, i) => allValues(i, looksLikeDate));
  m.voucher = byName("voucher");
  m.text = byName("text");
  m.debit = byName("debit");
  m.credit = byName("credit");
  m.amount = m.debit !== null || m.credit !== null ? null : byName("amount");
  m.sign = byName("sign");
  const amountColumns = [m.amount, m.debit, m.credit].filter((c): c is string => c !== null).map((c) => header.indexOf(c));
  m.decimal = amountColumns.length === 0 ? null : guessDecimalStyle(amountColumns.flatMap((i) => columnValues(i)));
  return m;
}

/**
 * A saved or preset mapping with its decimal sign decided afresh from this file's amount values where they say it
 * (an .xlsx's number cells are read with a decimal comma whatever the system's CSV uses); kept where they do not.
 */
export function withDecimalFromValues(m: FinanceMapping, header: readonly string[], rows: readonly (readonly string[])[]): FinanceMapping {
  const columns = [m.amount, m.debit, m.credit].map((c) => (c === null ? -1 : header.indexOf(c))).filter((i) => i >= 0);
  const values = columns.flatMap((i) => rows.map((r) => r[i] ?? ""));
  if (values.every((v) => /^\s*[-+]?\d*\s*-?$/.test(v))) return m; // whole numbers say nothing
  return { ...m, decimal: guessDecimalStyle(values) ?? m.decimal };
}

/** What is missing or contradictory in a mapping against a header, in Danish; empty when it can be used. */
export function checkMapping(m: FinanceMapping, header: readonly string[]): string[] {
  const problems: string[] = [];
  const need = (field: MappingField) => {
    if (m[field] === null) problems.push(`Vælg kolonnen for "${MAPPING_FIELD_LABELS[field]}".`);
  };
  need("date");
  need("voucher");
  if (m.amount === null && m.debit === null && m.credit === null) problems.push(`Vælg kolonnen for "Beløb (med fortegn)" eller for "Debet" og "Kredit".`);
  if (m.amount !== null && (m.debit !== null || m.credit !== null)) problems.push(`Vælg enten "Beløb (med fortegn)" eller "Debet"/"Kredit", ikke begge.`);
  if (m.account === null && m.line === null) problems.push(`Vælg kolonnen med kontostrengen (eller med budgetlinjens navn).`);
  if (m.account !== null && m.line !== null) problems.push(`Vælg enten "Kontostreng" eller "Budgetlinje (navn)", ikke begge.`);
  if (m.decimal === null) problems.push(`Vælg decimaltegnet for beløbene: komma (1.234,50) eller punktum (1234.50). Filens tal siger det ikke entydigt.`);
  for (const field of Object.keys(MAPPING_FIELD_LABELS) as MappingField[]) {
    const column = m[field];
    if (column !== null && !header.includes(column))
      problems.push(`Filen har ingen kolonne "${column}" (${MAPPING_FIELD_LABELS[field]}). Vælg en af filens kolonner.`);
  }
  const chosen = (Object.keys(MAPPING_FIELD_LABELS) as MappingField[]).map((f) => m[f]).filter((c): c is string => c !== null);
  if (new Set(chosen).size < chosen.length) problems.push("Den samme kolonne er valgt til to ting. Vælg én kolonne pr. felt.");
  return problems;
}
