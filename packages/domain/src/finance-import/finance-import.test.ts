import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes, parseCsv } from "../csv-records.js";
import { errorOf } from "../csv.test-support.js";
import {
  applyFinanceMapping,
  checkAccountRules,
  checkMapping,
  FINANCE_PRESETS,
  guessDecimalStyle,
  guessMapping,
  matchAccountRule,
  parseAmount,
  parseExportDate,
  splitAccountString,
  withDecimalFromValues,
  type AccountRule,
} from "./index.js";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../tests/fixtures/finance/${name}`, import.meta.url)));
const gridOf = (name: string) => {
  const decoded = decodeCsvBytes(fixture(name));
  return { grid: parseCsv(decoded.text), encoding: decoded.encoding };
};
const rule = (r: Partial<AccountRule> & { lineName: string }): AccountRule => ({
  funktion: null,
  dranst: null,
  art: null,
  omkostningssted: null,
  gruppering: null,
  ...r,
});
const RULES = [rule({ funktion: "5.68.90", art: "1", lineName: "Virksomhedskonsulent" }), rule({ funktion: "5.68.90", art: "4.0", lineName: "Mentorstøtte" })];
const LINES = new Map([
  ["virksomhedskonsulent", "line-vk"],
  ["mentorstøtte", "line-ms"],
  ["kurser", "line-k"],
]);
const resolveLine = (name: string) => LINES.get(name.trim().toLocaleLowerCase("da-DK")) ?? null;

describe("reading any export", () => {
  it("sniffs ; , tab and | from the header", () => {
    for (const d of [";", ",", "\t", "|"])
      expect(parseCsv(`Dato${d}Bilag${d}Beløb\n01-03-2026${d}7${d}5`)).toEqual([
        ["Dato", "Bilag", "Beløb"],
        ["01-03-2026", "7", "5"],
      ]);
  });

  it("reads the Prisme-style file as Windows-1252 and the Opus-style one as UTF-8", () => {
    const prisme = gridOf("prisme-2026-03.csv");
    expect(prisme.encoding).toBe("windows-1252");
    expect(prisme.grid[1]?.[3]).toBe("Virksomhedsbesøg, kørsel Århus");
    expect(gridOf("opus-2026-03.csv").encoding).toBe("utf-8");
  });

  it("decides the decimal style per column, and asks when the values do not say", () => {
    expect(guessDecimalStyle(["1.234,50", "12"])).toBe("comma");
    expect(guessDecimalStyle(["1234.50", "1500.00-"])).toBe("dot");
    expect(guessDecimalStyle(["1,234.50"])).toBe("dot");
    expect(guessDecimalStyle(["100", "250"])).toBe("comma");
    expect(guessDecimalStyle(["1.234"])).toBeNull();
    expect(guessDecimalStyle(["1,50", "2.50"])).toBeNull();
  });

  it("reads amounts to øre in either style, never through a float", () => {
    expect(parseAmount("1.234,50", "comma")).toBe(123450n);
    expect(parseAmount("1234.50", "dot")).toBe(123450n);
    expect(parseAmount("1,234.5", "dot")).toBe(123450n);
    expect(parseAmount("1500.00-", "dot")).toBe(-150000n);
    expect(parseAmount("90071992547409.91", "dot")).toBe(9007199254740991n);
    expect(errorOf(() => parseAmount("1,50", "dot")).message).toMatch(/komma/);
  });

  it("reads the common date formats, YYYYMMDD included, and refuses what is no date", () => {
    for (const d of ["05-03-2026", "05.03.2026", "05/03/2026", "2026-03-05", "20260305"]) expect(parseExportDate(d)).toBe("2026-03-05");
    expect(errorOf(() => parseExportDate("20260230")).message).toMatch(/kalenderen/);
    expect(errorOf(() => parseExportDate("marts")).message).toMatch(/dato/);
  });
});

describe("account strings and rules", () => {
  it("splits the 16-digit account string into its parts, separators ignored", () => {
    const parts = splitAccountString("5.68.90.1.0.001.002.4.0.0");
    expect(parts).toEqual({
      hovedkonto: "5",
      hovedfunktion: "68",
      funktion: "90",
      dranst: "1",
      ejerforhold: "0",
      omkostningssted: "001",
      gruppering: "002",
      hovedart: "4",
      art: "0",
      underart: "0",
    });
    expect(splitAccountString("5689010001002400")).toEqual(parts);
    expect(errorOf(() => splitAccountString("56890")).message).toMatch(/har 5 cifre/);
  });

  it("maps an account by the most specific matching rule, and lists none when no rule matches", () => {
    const rules = [...RULES, rule({ funktion: "5.68", lineName: "Andet" })];
    expect(matchAccountRule(rules, splitAccountString("5689010001002400"))?.lineName).toBe("Mentorstøtte");
    expect(matchAccountRule(rules, splitAccountString("5689010001002100"))?.lineName).toBe("Virksomhedskonsulent");
    expect(matchAccountRule(rules, splitAccountString("5689810001002400"))?.lineName).toBe("Andet");
    expect(matchAccountRule(RULES, splitAccountString("5689810001002400"))).toBeNull();
  });

  it("refuses rules that tie on an account, and rules that cannot be read", () => {
    expect(checkAccountRules(RULES)).toEqual([]);
    const ties = checkAccountRules([rule({ funktion: "5.68.90", lineName: "A" }), rule({ funktion: "5.68.90", lineName: "B" })]);
    expect(ties).toHaveLength(1);
    expect(ties[0]).toMatch(/Regel 1 og regel 2/);
    // Same specificity but never on the same account: no tie.
    expect(checkAccountRules([rule({ art: "1.0", lineName: "A" }), rule({ art: "4.0", lineName: "B" })])).toEqual([]);
    expect(checkAccountRules([rule({ art: "40.x", lineName: "A" })])[0]).toMatch(/art "40.x" kan ikke læses/);
    expect(checkAccountRules([rule({ lineName: "A" })])[0]).toMatch(/mindst én del/);
  });
});

describe("guessed mappings and presets on the sample files", () => {
  it("guesses the Opus-style file's mapping from its headers and values: the preset's", () => {
    const { grid } = gridOf("opus-2026-03.csv");
    const guess = guessMapping(grid[0]!, grid.slice(1));
    expect(guess).toEqual(FINANCE_PRESETS.find((p) => p.id === "opus")!.mapping);
  });

  it("guesses debit and credit and the account in the Prisme-style file: the preset's", () => {
    const { grid } = gridOf("prisme-2026-03.csv");
    expect(guessMapping(grid[0]!, grid.slice(1))).toEqual(FINANCE_PRESETS.find((p) => p.id === "prisme")!.mapping);
  });

  it("reads the current format as a mapping with the budget line's name", () => {
    const { grid } = gridOf("postings-current.csv");
    const guess = guessMapping(grid[0]!, grid.slice(1));
    expect(guess).toMatchObject({ date: "Dato", voucher: "Bilag", text: "Tekst", amount: "Beløb", line: "Linje", account: null, decimal: "comma" });
    const rows = applyFinanceMapping(grid, guess, { rules: [], resolveLine });
    expect(rows.map((r) => [r.status, r.lineId, r.amount])).toEqual([
      ["ok", "line-k", 320000n],
      ["ok", "line-k", 45075n],
    ]);
  });

  it("applies the presets to the sample files: every row on its line with its amount in øre", () => {
    for (const [file, id, expected] of [
      [
        "opus-2026-03.csv",
        "opus",
        [
          ["2026-03-02", 4125000n, "line-vk"],
          ["2026-03-05", 1250050n, "line-ms"],
          ["2026-03-18", -150000n, "line-ms"],
        ],
      ],
      [
        "prisme-2026-03.csv",
        "prisme",
        [
          ["2026-03-03", 123450n, "line-ms"],
          ["2026-03-12", 600000n, "line-ms"],
          ["2026-03-20", -25000n, "line-ms"],
        ],
      ],
    ] as const) {
      const { grid } = gridOf(file);
      const mapping = FINANCE_PRESETS.find((p) => p.id === id)!.mapping;
      expect(checkMapping(mapping, grid[0]!)).toEqual([]);
      const rows = applyFinanceMapping(grid, mapping, { rules: RULES, resolveLine });
      expect(rows.map((r) => [r.date, r.amount, r.lineId])).toEqual(expected);
      expect(rows.every((r) => r.status === "ok")).toBe(true);
    }
  });

  it("lists an account no rule maps as unmatched, and a D/K column turns the sign", () => {
    const grid = [
      ["Dato", "Bilag", "Beløb", "D/K", "Kontostreng"],
      ["01-03-2026", "1", "100,00", "D", "5689010001002400"],
      ["01-03-2026", "2", "40,00", "K", "5689010001002400"],
      ["01-03-2026", "3", "10,00", "D", "5689810001002400"],
    ];
    const mapping = guessMapping(grid[0]!, grid.slice(1));
    expect(mapping).toMatchObject({ sign: "D/K", account: "Kontostreng", amount: "Beløb" });
    const rows = applyFinanceMapping(grid, mapping, { rules: RULES, resolveLine });
    expect(rows.map((r) => [r.status, r.amount])).toEqual([
      ["ok", 10000n],
      ["ok", -4000n],
      ["unmatched", 1000n],
    ]);
    expect(rows[2]?.account).toBe("5.68.98 dranst 1 art 4.0 (omk.sted 001, grp. 002)");
  });

  it("decides a saved mapping's decimal sign afresh from the file's values, and keeps it when they say nothing", () => {
    const opus = FINANCE_PRESETS.find((p) => p.id === "opus")!.mapping;
    const header = ["Bogføringsdato", "Bilagsnr.", "Tekst", "Beløb", "Kontostreng"];
    // An .xlsx's number cells are read with a decimal comma.
    expect(withDecimalFromValues(opus, header, [["2026-03-02", "1", "x", "12500,5", "5689010001002400"]]).decimal).toBe("comma");
    expect(withDecimalFromValues(opus, header, [["2026-03-02", "1", "x", "41250", "5689010001002400"]]).decimal).toBe("dot");
    expect(withDecimalFromValues(opus, header, [["2026-03-02", "1", "x", "1.234", "5689010001002400"]]).decimal).toBe("dot");
  });

  it("says what is missing in a mapping before it is used", () => {
    const problems = checkMapping({ ...FINANCE_PRESETS[0]!.mapping, decimal: null, line: "Linje" }, [
      "Bogføringsdato",
      "Bilagsnr.",
      "Tekst",
      "Beløb",
      "Kontostreng",
    ]);
    expect(problems).toEqual([
      'Vælg enten "Kontostreng" eller "Budgetlinje (navn)", ikke begge.',
      "Vælg decimaltegnet for beløbene: komma (1.234,50) eller punktum (1234.50). Filens tal siger det ikke entydigt.",
      'Filen har ingen kolonne "Linje" (Budgetlinje (navn)). Vælg en af filens kolonner.',
    ]);
  });
});
