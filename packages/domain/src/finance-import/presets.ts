import type { FinanceMapping } from "./mapping.js";

/**
 * Mappings for the two finance systems most municipalities use, shipped with the product (README, "Import af
 * posteringer fra økonomisystemet"). They are starting points shown for confirmation, never applied unseen.
 *
 * - Opus-style (KMD Opus Økonomi, SAP-based): a line-item report with the booking dimensions artskonto,
 *   omkostningssted, PSP-element and profitcenter beside the account string; its interfaces write amounts with a
 *   "." decimal and a sign, and dates as ååååmmdd (SAP's internal date format).
 * - Prisme-style (Fujitsu Prisme, Dynamics AX-based): finance postings with the four-digit municipality number
 *   (Kommunenr.), the account string of the authorised chart of accounts and the dimensions derived from it;
 *   debit and credit in separate columns in Danish number format, dates dd-mm-åååå, Windows-1252 text.
 */
export interface FinancePreset {
  id: "opus" | "prisme";
  /** The source the mapping is saved under when the leader confirms it. */
  source: string;
  name: string;
  description: string;
  mapping: FinanceMapping;
}

export const FINANCE_PRESETS: readonly FinancePreset[] = [
  {
    id: "opus",
    source: "Opus",
    name: "Opus (KMD, SAP-baseret)",
    description: "Kontostreng, artskonto, omkostningssted, PSP-element og profitcenter; beløb med punktum som decimaltegn; datoer som ååååmmdd.",
    mapping: {
      date: "Bogføringsdato",
      voucher: "Bilagsnr.",
      text: "Tekst",
      amount: "Beløb",
      debit: null,
      credit: null,
      sign: null,
      account: "Kontostreng",
      line: null,
      decimal: "dot",
    },
  },
  {
    id: "prisme",
    source: "Prisme",
    name: "Prisme (Fujitsu)",
    description:
      "Kommunenr. (fire cifre), kontostreng og afledte dimensioner; debet og kredit i hver sin kolonne med dansk decimalkomma; datoer som dd-mm-åååå.",
    mapping: {
      date: "Posteringsdato",
      voucher: "Bilag",
      text: "Posteringstekst",
      amount: null,
      debit: "Debet",
      credit: "Kredit",
      sign: null,
      account: "Konto",
      line: null,
      decimal: "comma",
    },
  },
];

/** The preset saved under `source` (case ignored), if any. */
export function presetForSource(source: string): FinancePreset | null {
  const s = source.trim().toLocaleLowerCase("da-DK");
  return FINANCE_PRESETS.find((p) => p.source.toLocaleLowerCase("da-DK") === s) ?? null;
}
