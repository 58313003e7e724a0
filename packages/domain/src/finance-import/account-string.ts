import { CsvValueError } from "../csv-records.js";

/**
 * The municipalities' binding chart of accounts (den autoriserede kontoplan, Social- og Boligministeriets
 * "Budget- og regnskabssystem for kommuner", kapitel 2.0 "Oversigt over kontoplanen", budregn.im.dk; the plan
 * itself on kontoplanen.dk): an account is a 16-digit string (kontostreng) read from the left as
 *
 *   ciffer 1       hovedkonto        (0–9; 5 = Social service og beskæftigelse)
 *   ciffer 2–3     hovedfunktion     (5.68 = Arbejdsmarkedsforanstaltninger)
 *   ciffer 4–5     funktion          (5.68.90 = Driftsudgifter til den kommunale beskæftigelsesindsats)
 *   ciffer 6       dranst            (1 = drift, 2 = statsrefusion, 3 = anlæg …)
 *   ciffer 7       ejerforhold
 *   ciffer 8–10    omkostningssted
 *   ciffer 11–13   gruppering
 *   ciffer 14      hovedart          (1 = lønninger, 2 = varekøb, 4 = tjenesteydelser …)
 *   ciffer 15      art               (written with the hovedart: "4.0")
 *   ciffer 16      underart          (the municipality's own subdivision of the art)
 *
 * Finance systems print the string with or without separators ("5689010000001004 0", "5.68.90.1.0.000.001.4.0.0");
 * every non-digit is ignored. The digit layout is the one described in chapter 2.0; check it against the chapter
 * for the year you import (docs: README, "Import af posteringer fra økonomisystemet").
 */
export interface AccountParts {
  hovedkonto: string;
  hovedfunktion: string;
  funktion: string;
  dranst: string;
  ejerforhold: string;
  omkostningssted: string;
  gruppering: string;
  hovedart: string;
  art: string;
  underart: string;
}

export type AccountStringPart = keyof AccountParts;

/** Each part's digits in the 16-digit string: [start, end) counted from 0. */
export const ACCOUNT_LAYOUT: Readonly<Record<AccountStringPart, readonly [number, number]>> = {
  hovedkonto: [0, 1],
  hovedfunktion: [1, 3],
  funktion: [3, 5],
  dranst: [5, 6],
  ejerforhold: [6, 7],
  omkostningssted: [7, 10],
  gruppering: [10, 13],
  hovedart: [13, 14],
  art: [14, 15],
  underart: [15, 16],
};

/** Splits a 16-digit account string into its parts; separators are ignored. */
export function splitAccountString(text: string): AccountParts {
  const digits = text.replace(/\D/g, "");
  if (digits.length !== 16) {
    throw new CsvValueError(
      `Kontostrengen "${text.trim()}" har ${digits.length} cifre, men en kontostreng i den autoriserede kontoplan har 16. Vælg den kolonne, der har hele kontostrengen.`,
    );
  }
  const part = (p: AccountStringPart) => digits.slice(ACCOUNT_LAYOUT[p][0], ACCOUNT_LAYOUT[p][1]);
  return {
    hovedkonto: part("hovedkonto"),
    hovedfunktion: part("hovedfunktion"),
    funktion: part("funktion"),
    dranst: part("dranst"),
    ejerforhold: part("ejerforhold"),
    omkostningssted: part("omkostningssted"),
    gruppering: part("gruppering"),
    hovedart: part("hovedart"),
    art: part("art"),
    underart: part("underart"),
  };
}

/** The account as people read it: "5.68.90 dranst 1 art 4.0 (omk.sted 001, grp. 000)". */
export function describeAccount(p: AccountParts): string {
  return `${p.hovedkonto}.${p.hovedfunktion}.${p.funktion} dranst ${p.dranst} art ${p.hovedart}.${p.art} (omk.sted ${p.omkostningssted}, grp. ${p.gruppering})`;
}
