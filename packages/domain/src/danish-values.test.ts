import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvValueError } from "./csv-records.js";
import { errorOf } from "./csv.test-support.js";
import { parseDanishAmount, parseDanishDate } from "./danish-values.js";
import { MAX_ORE, type Ore } from "./money.js";

/** Danish display of øre for the property test: thousands dots, decimal comma, two decimals. */
function formatDanish(ore: Ore, options: { thousands?: boolean } = {}): string {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  let whole = (abs / 100n).toString();
  if (options.thousands !== false) whole = whole.replace(/\B(?=(\d{3})+$)/g, ".");
  return `${negative ? "-" : ""}${whole},${(abs % 100n).toString().padStart(2, "0")}`;
}

describe("parseDanishAmount", () => {
  it.each([
    ["12.345,67", 1_234_567n],
    ["12345,67", 1_234_567n],
    ["-1.000", -100_000n],
    ["1.000,5", 100_050n],
    ["\u2212250,00", -25_000n],
    ["-250,00", -25_000n],
    ["0,01", 1n],
    ["1.000 kr.", 100_000n],
    ["1.000 kr", 100_000n],
    ["kr. 1.000,00", 100_000n],
    ["  42  ", 4_200n],
    ["12.345", 1_234_500n],
    ["1.234.567,89", 123_456_789n],
    ["1 000,50", 100_050n],
    ["1\u00A0000,50", 100_050n],
    ["- 250,00", -25_000n],
    ["250,00-", -25_000n],
    ["1.000,00 -", -100_000n],
    ["+5", 500n],
    ["0", 0n],
    ["-0,00", 0n],
    ["90.071.992.547.409,92", MAX_ORE],
    ["-90071992547409,92", -MAX_ORE],
  ])("reads %j as %s øre", (text, ore) => {
    expect(parseDanishAmount(text)).toBe(ore);
  });

  it('calls "12,345" ambiguous, quotes it and asks for a decimal comma with at most two decimals', () => {
    const error = errorOf(() => parseDanishAmount("12,345"));
    expect(error).toBeInstanceOf(CsvValueError);
    expect(error.message).toContain("12,345");
    expect(error.message).toContain("decimalkomma med højst to decimaler");
  });

  it('says a Danish decimal comma is expected for "12.34"', () => {
    const error = errorOf(() => parseDanishAmount("12.34"));
    expect(error.message).toContain("12.34");
    expect(error.message).toContain("dansk decimalkomma");
    expect(error.message).toContain("12,34");
  });

  it.each([
    ["1.00.000", "Tusindtalsseparatorerne"],
    ["1.2345", "Tusindtalsseparatorerne"],
    ["1234.567", "Tusindtalsseparatorerne"],
    ["1e5", "eksponent"],
    ["1,5E3", "eksponent"],
    ["", "mangler"],
    ["   ", "mangler"],
    ["kr.", "mangler"],
    ["abc", "ikke et gyldigt tal"],
    ["12,3a", "ikke et gyldigt tal"],
    ["NaN", "ikke et gyldigt tal"],
    ["-", "ikke et gyldigt tal"],
    ["1,234", "tvetydigt"],
    ["1.234,567", "for mange decimaler"],
    ["12,3456", "for mange decimaler"],
    ["1,234.56", "engelsk talformat"],
    ["1,234,567", "flere kommaer"],
    ["12,", "cifre på begge sider"],
    [",50", "cifre på begge sider"],
    [".50", "ikke et gyldigt tal"],
    ["1 2", "Mellemrummene"],
    ["1 000.000", "Mellemrummene"],
    ["-250,00-", "fortegn to steder"],
    ["90.071.992.547.409,93", "uden for det tilladte interval"],
    ["-90071992547409,93", "uden for det tilladte interval"],
    ["999999999999999999999999999", "for stort"],
  ])("rejects %j with a Danish message containing %j", (text, fragment) => {
    const error = errorOf(() => parseDanishAmount(text));
    expect(error).toBeInstanceOf(CsvValueError);
    expect(error.message).toContain(fragment);
  });

  it("names the value in every rejection", () => {
    for (const text of ["1.00.000", "12.34", "1e5", "abc", "12,3456", "1,234.56"]) {
      expect(errorOf(() => parseDanishAmount(text)).message).toContain(text);
    }
  });

  it("gives back every amount within ±10^13 øre written the Danish way", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), fc.boolean(), fc.constantFrom("", " kr.", " kr"), (ore, thousands, unit) => {
        expect(parseDanishAmount(formatDanish(ore, { thousands }) + unit)).toBe(ore);
      }),
    );
  });

  it("reads the Unicode minus and a trailing minus like a leading hyphen", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 13n }), (ore) => {
        const positive = formatDanish(ore);
        expect(parseDanishAmount(`\u2212${positive}`)).toBe(-ore);
        expect(parseDanishAmount(`${positive}-`)).toBe(-ore);
      }),
    );
  });
});

describe("parseDanishDate", () => {
  it.each([
    ["05-03-2013", "2013-03-05"],
    ["5-3-2013", "2013-03-05"],
    ["05.03.2013", "2013-03-05"],
    ["5.3.2013", "2013-03-05"],
    ["05/03/2013", "2013-03-05"],
    ["2013-03-05", "2013-03-05"],
    [" 31-12-2013 ", "2013-12-31"],
    ["29-02-2012", "2012-02-29"],
    ["29-02-2000", "2000-02-29"],
    ["01-01-1900", "1900-01-01"],
    ["31-12-2100", "2100-12-31"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseDanishDate(text)).toBe(iso);
  });

  it.each([
    ["31-02-2013", "findes ikke"],
    ["29-02-2013", "findes ikke"],
    ["29-02-1900", "findes ikke"],
    ["29-02-2100", "findes ikke"],
    ["31-04-2013", "findes ikke"],
    ["00-01-2013", "findes ikke"],
    ["01-13-2013", "findes ikke"],
    ["2013-02-30", "findes ikke"],
    ["31-12-1899", "mellem 1900 og 2100"],
    ["01-01-2101", "mellem 1900 og 2100"],
    ["05-03-13", "ikke en dato"],
    ["05-03.2013", "ikke en dato"],
    ["2013-3-5", "ikke en dato"],
    ["2013/03/05", "ikke en dato"],
    ["5. marts 2013", "ikke en dato"],
    ["05-03-2013 12:00", "ikke en dato"],
    ["", "mangler"],
  ])("rejects %j with a Danish message containing %j", (text, fragment) => {
    const error = errorOf(() => parseDanishDate(text));
    expect(error).toBeInstanceOf(CsvValueError);
    expect(error.message).toContain(fragment);
    expect(error.message).toContain("dd-mm-åååå");
    if (text !== "") expect(error.message).toContain(text.trim());
  });

  it("reads every date in 1900–2100 written dd-mm-yyyy back to its ISO date", () => {
    const min = new Date(Date.UTC(1900, 0, 1));
    const max = new Date(Date.UTC(2100, 11, 31));
    fc.assert(
      fc.property(fc.date({ min, max, noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split("-");
        expect(parseDanishDate(`${d}-${m}-${y}`)).toBe(iso);
        expect(parseDanishDate(`${d}.${m}.${y}`)).toBe(iso);
        expect(parseDanishDate(iso)).toBe(iso);
      }),
    );
  });
});
