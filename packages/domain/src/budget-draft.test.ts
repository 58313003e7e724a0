import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accountParts,
  applyDriver,
  BudgetDraftError,
  driverAmount,
  driverRate,
  formatAccountNumber,
  parseAccountNumber,
  parseBudgetSheet,
  parseSheetAmount,
  spreadOre,
} from "./budget-draft.js";
import { kroner, sumOre } from "./money.js";

const tkr = (n: number) => kroner(n * 1000);

describe("the activity driver", () => {
  it("50 timer × 800 kr. is 40.000 kr., and 40.000 kr. over 50 timer is 800 kr.", () => {
    expect(driverAmount(5000n, kroner(800))).toBe(kroner(40_000));
    expect(driverRate(kroner(40_000), 5000n)).toBe(kroner(800));
    expect(driverRate(kroner(55_000), 21_900n)).toBe(25_114n); // 219 timer for 55.000 kr. ≈ 251,14 kr.
    expect(driverRate(kroner(1), 0n)).toBeNull();
  });

  it("AMOUNT fixed keeps the amounts and derives the rate; RATE fixed makes the total quantity × rate", () => {
    expect(applyDriver([kroner(40_000), 0n], { quantity: 5000n, rate: kroner(1), fixed: "AMOUNT" })).toEqual({
      amounts: [kroner(40_000), 0n],
      rate: kroner(800),
    });
    expect(applyDriver([0n, 0n], { quantity: 5000n, rate: kroner(800), fixed: "RATE" })).toEqual({
      amounts: [kroner(20_000), kroner(20_000)],
      rate: kroner(800),
    });
    // The leader's split between years is kept in proportion.
    expect(applyDriver([kroner(3), kroner(1)], { quantity: 10_000n, rate: kroner(100), fixed: "RATE" }).amounts).toEqual([kroner(7_500), kroner(2_500)]);
    expect(() => applyDriver([0n], { quantity: 100n, rate: null, fixed: "RATE" })).toThrow(BudgetDraftError);
  });

  it("spreads to the øre: the amounts always sum to quantity × rate (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), { minLength: 1, maxLength: 6 }),
        fc.bigInt({ min: 0n, max: 10n ** 7n }),
        fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n }),
        (weights, quantity, rate) => {
          const result = applyDriver(weights, { quantity, rate, fixed: "RATE" });
          expect(sumOre(result.amounts)).toBe(driverAmount(quantity, rate));
          expect(result.amounts).toHaveLength(weights.length);
          const spread = spreadOre(rate, weights);
          expect(sumOre(spread)).toBe(rate);
        },
      ),
    );
  });

  it("AMOUNT fixed: the derived rate times the quantity is within half a unit of the amount (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 10n), max: 10n ** 10n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (amount, quantity) => {
        const rate = driverRate(amount, quantity) as bigint;
        const back = rate * quantity; // øre × hundredths
        const diff = back - amount * 100n;
        expect(diff < 0n ? -diff : diff).toBeLessThanOrEqual(quantity / 2n + 1n);
      }),
    );
  });
});

describe("account numbers", () => {
  it("takes 16 digits with dots or spaces and splits them after the kontoplan", () => {
    expect(parseAccountNumber("5.68.90.1.0.0000.001.4.0")).toBe("5689010000000140");
    expect(parseAccountNumber(" 5689 0100 0000 0140 ")).toBe("5689010000000140");
    expect(parseAccountNumber("")).toBeNull();
    expect(() => parseAccountNumber("56890")).toThrow("præcis 16 cifre");
    expect(() => parseAccountNumber("5689a10000000140")).toThrow("kun indeholde cifre");
    const parts = accountParts("5689010000000140");
    expect(parts.map((p) => [p.key, p.digits])).toEqual([
      ["hovedkonto", "5"],
      ["hovedfunktion", "68"],
      ["funktion", "90"],
      ["dranst", "1"],
      ["ejerforhold", "0"],
      ["omkostningssted", "0000"],
      ["gruppering", "001"],
      ["hovedart", "4"],
      ["art", "0"],
    ]);
    expect(parts.map((p) => p.digits).join("")).toHaveLength(16);
    expect(formatAccountNumber("5689010000000140")).toBe("5.68.90.1.0.0000.001.4.0");
  });
});

describe("parseSheetAmount", () => {
  it("reads Danish numbers, brackets as minus, and thousands", () => {
    expect(parseSheetAmount("1.193,50", "KR")).toBe(119_350n);
    expect(parseSheetAmount("-200", "TKR")).toBe(tkr(-200));
    expect(parseSheetAmount("(200)", "TKR")).toBe(tkr(-200));
    expect(parseSheetAmount("", "KR")).toBe(0n);
    expect(parseSheetAmount("1.193,5", "TKR")).toBe(kroner(1_193_500));
    expect(() => parseSheetAmount("12abc", "KR")).toThrow();
  });
});

/** Laid out like the source document's budget for "Brug for alle" (t.kr.). */
const brugForAlle: string[][] = [
  ["Økonomioverslag, Brug for alle", ""],
  ["Tekst", "2013 (t.kr.)"],
  ["Indtægter", ""],
  ["Til samtaleforløb, tværfaglig afklaring, indsatsplaner", "794"],
  ["Virksomhedskonsulent/mentor", "250"],
  ["Mentorstøtte eller kompetenceudvikling til nydanske kvinder", "149"],
  ["I alt", "1.193"],
  ["", ""],
  ["Udgifter", ""],
  ["BSO tovholder frikøb fuld tid", "480"],
  ["JC tovholder/mentor frikøb fuld tid", "420"],
  ["Lægekonsulent honorar v/ca. 50 timer", "40"],
  ["Psykolog/psykiater honorar v/ca. 50 timer", "40"],
  ["Sundhedsafdelinger", "20"],
  ["Familiecentret samlet honorar for medvirken", "15"],
  ["UU-center samlet honorar for medvirken", "15"],
  ["Virksomhedskonsulent honorar v/ca. 219 timer", "55"],
  ["Andre udgifter", "108"],
  ["I alt", "1.193"],
];

describe("parseBudgetSheet", () => {
  it("reproduces Brug for alle's 1.193 t.kr. on each side to the øre", () => {
    const sheet = parseBudgetSheet(brugForAlle);
    expect(sheet.errors).toEqual([]);
    expect(sheet.unit).toBe("TKR");
    expect(sheet.years).toEqual([2013]);
    expect(sheet.lines.filter((l) => l.side === "INCOME")).toHaveLength(3);
    expect(sheet.lines.filter((l) => l.side === "EXPENSE")).toHaveLength(9);
    expect(sheet.totals.income).toBe(119_300_000n);
    expect(sheet.totals.expense).toBe(119_300_000n);
    expect(sheet.totals.balanced).toBe(true);
    expect(sheet.rows.map((r) => r.status)).toEqual([
      "TITLE",
      "HEADER",
      "HEADING",
      "LINE",
      "LINE",
      "LINE",
      "SUM",
      "BLANK",
      "HEADING",
      "LINE",
      "LINE",
      "LINE",
      "LINE",
      "LINE",
      "LINE",
      "LINE",
      "LINE",
      "LINE",
      "SUM",
    ]);
  });

  it("reads the Copenhagen multi-year sheet with a negative line and checks Serviceudgifter i alt", () => {
    const sheet = parseBudgetSheet(
      [
        ["Linje", "Kontonummer", "2012", "2013", "2014", "2015", "Note"],
        ["Jobsamtaler til 130 borgere", "", "200", "200", "200", "200", ""],
        ["Overførsel ml. BIF og SOF", "", "-200", "-200", "(200)", "-200", "Overførsel"],
        ["Progressionsmåling", "5.68.90.1.0.0000.001.4.0", "300", "300", "300", "300", ""],
        ["Forberedelse af forankring af indsatsen", "", "200", "0", "0", "0", ""],
        ["Kompetenceudvikling af Socialforvaltningens medarbejdere", "", "500", "200", "50", "50", ""],
        ["Serviceudgifter i alt", "", "1.000", "500", "350", "350", ""],
      ],
      { unit: "TKR", budgetYears: [2012, 2013, 2014, 2015] },
    );
    expect(sheet.errors).toEqual([]);
    expect(sheet.totals.perYear.map((y) => y.expense)).toEqual([tkr(1000), tkr(500), tkr(350), tkr(350)]);
    expect(sheet.totals.expense).toBe(tkr(2200));
    expect(sheet.lines[1]?.amounts.map((a) => a.amount)).toEqual([tkr(-200), tkr(-200), tkr(-200), tkr(-200)]);
    expect(sheet.lines[2]?.accountNumber).toBe("5689010000000140");
    expect(sheet.lines[1]?.note).toBe("Overførsel");
  });

  it("lists every bad row with its number and checks the sums", () => {
    const sheet = parseBudgetSheet(
      [
        ["Tekst", "2012", "2013"],
        ["Udgifter", "", ""],
        ["Løn", "1.000", "12,345"],
        ["", "5", ""],
        ["Kørsel", "abc", "0"],
        ["Udgifter i alt", "1.001", "0"],
      ],
      { budgetYears: [2012] },
    );
    expect(sheet.errors).toHaveLength(5);
    expect(sheet.errors[0]).toMatch(/^Række 1: Året 2013 ligger uden for budgettets år 2012–2012/);
    expect(sheet.errors[1]).toMatch(/^Række 3: 2013: /);
    expect(sheet.errors[2]).toMatch(/^Række 4: Linjen har beløb, men ingen tekst/);
    expect(sheet.errors[3]).toMatch(/^Række 5: 2012: /);
    expect(sheet.errors[4]).toBe('Række 6: "Udgifter i alt" 2012 er 1.001 kr., men linjerne ovenfor giver 0 kr. Ret linjerne eller summen.');
  });

  it("says so when there is no header row with years", () => {
    expect(
      parseBudgetSheet([
        ["Tekst", "Beløb"],
        ["Løn", "5"],
      ]).errors[0],
    ).toMatch(/^Række 1: Regnearket har ingen overskriftsrække/);
  });
});
