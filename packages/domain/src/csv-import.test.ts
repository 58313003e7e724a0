import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CsvValueError,
  decodeCsvBytes,
  parseCsv,
  parseDanishAmount,
  parseDanishDate,
  parsePostingsCsv,
  POSTING_COLUMN_NAMES,
  type PostingsPreview,
} from "./csv-import.js";
import { MAX_ORE, type Ore } from "./money.js";
import { parseQuantity } from "./quantity.js";

/** Danish display of øre for the property test: thousands dots, decimal comma, two decimals. */
function formatDanish(ore: Ore, options: { thousands?: boolean } = {}): string {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  let whole = (abs / 100n).toString();
  if (options.thousands !== false) whole = whole.replace(/\B(?=(\d{3})+$)/g, ".");
  return `${negative ? "-" : ""}${whole},${(abs % 100n).toString().padStart(2, "0")}`;
}

function errorOf(read: () => unknown): CsvValueError {
  try {
    read();
  } catch (error) {
    if (error instanceof CsvValueError) return error;
    throw error;
  }
  throw new Error("expected a CsvValueError");
}

const LINES: Record<string, string> = {
  Lægekonsulent: "line-laege",
  Psykolog: "line-psyk",
  "Kurser og uddannelse": "line-kursus",
};
const resolveLine = (name: string): string | null => LINES[name] ?? null;
const parse = (text: string): PostingsPreview => parsePostingsCsv(text, { resolveLine });

describe("decodeCsvBytes", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it("reads UTF-8 and reports it", () => {
    expect(decodeCsvBytes(utf8("Lægekonsulent;Ø;å"))).toEqual({ text: "Lægekonsulent;Ø;å", encoding: "utf-8" });
  });

  it("removes a UTF-8 byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Dato;Beløb")]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: "Dato;Beløb", encoding: "utf-8" });
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    // "Lægekonsulent;Ø;å" as Windows-1252: æ = E6, Ø = D8, å = E5.
    const bytes = new Uint8Array([0x4c, 0xe6, 0x67, 0x65, 0x6b, 0x6f, 0x6e, 0x73, 0x75, 0x6c, 0x65, 0x6e, 0x74, 0x3b, 0xd8, 0x3b, 0xe5]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: "Lægekonsulent;Ø;å", encoding: "windows-1252" });
  });

  it("maps the Windows-1252 bytes 0x80–0x9F (€, en dash, curly quotes) correctly", () => {
    const bytes = new Uint8Array([0x80, 0x20, 0x96, 0x20, 0x93, 0x41, 0x94, 0x20, 0x85, 0x20, 0xc6]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: "€ – “A” … Æ", encoding: "windows-1252" });
  });

  it("reads empty input as empty UTF-8 text", () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });

  it("refuses UTF-16 files with a Danish message saying how to save the file", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x44, 0x00, 0x61, 0x00]);
    expect(() => decodeCsvBytes(bytes)).toThrow(CsvValueError);
    expect(() => decodeCsvBytes(bytes)).toThrow("CSV UTF-8");
  });

  it("refuses UTF-16 without a byte-order mark, and any NUL byte, as not a text file", () => {
    const utf16 = new Uint8Array([0x44, 0x00, 0x61, 0x00, 0x74, 0x00, 0x6f, 0x00]);
    expect(() => decodeCsvBytes(utf16)).toThrow(CsvValueError);
    expect(() => decodeCsvBytes(utf16)).toThrow("UTF-16");
    expect(() => decodeCsvBytes(utf8("Dato;Bel\u0000b"))).toThrow(CsvValueError);
  });
});

describe("parseCsv", () => {
  it("splits semicolon-separated records with LF or CRLF", () => {
    expect(parseCsv("a;b;c\n1;2;3")).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
    expect(parseCsv("a;b\r\n1;2\r\n")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("handles quoted fields, \"\" escapes, delimiters and line breaks inside quotes", () => {
    const text = 'Tekst;Beløb\n"Faktura ""A""; 3 timer";"1.000,00"\n"to\nlinjer";5\n';
    expect(parseCsv(text)).toEqual([
      ["Tekst", "Beløb"],
      ['Faktura "A"; 3 timer', "1.000,00"],
      ["to\nlinjer", "5"],
    ]);
  });

  it("ignores one trailing empty line but keeps blank lines in between", () => {
    expect(parseCsv("a;b\n\n1;2\n")).toEqual([["a", "b"], [""], ["1", "2"]]);
    expect(parseCsv("")).toEqual([]);
  });

  it("keeps empty fields, also a last empty field and an empty quoted field", () => {
    expect(parseCsv('a;;c;\n"";x;"";')).toEqual([["a", "", "c", ""], ["", "x", "", ""]]);
  });

  it("detects the delimiter from the header line", () => {
    expect(parseCsv("Dato,Beløb\n1,2")).toEqual([["Dato", "Beløb"], ["1", "2"]]);
    expect(parseCsv("Dato\tBeløb\n01-02-2013\t1.000,50")).toEqual([["Dato", "Beløb"], ["01-02-2013", "1.000,50"]]);
    // Semicolons win over the commas in the Danish amounts.
    expect(parseCsv("Dato;Beløb\n01-02-2013;1,50")).toEqual([["Dato", "Beløb"], ["01-02-2013", "1,50"]]);
    // Commas inside quotes in the header do not count.
    expect(parseCsv('"a,b,c";d\n1;2')).toEqual([["a,b,c", "d"], ["1", "2"]]);
    // Ties go to ";".
    expect(parseCsv("a;b,c\n1;2,3")).toEqual([["a", "b,c"], ["1", "2,3"]]);
    // A single column: ";".
    expect(parseCsv("a\n1,2")).toEqual([["a"], ["1,2"]]);
  });

  it("uses the given delimiter", () => {
    expect(parseCsv("a;b,c\n1;2,3", ",")).toEqual([["a;b", "c"], ["1;2", "3"]]);
  });

  it("strips a byte-order mark left in the text", () => {
    expect(parseCsv("\uFEFFDato;Bilag")).toEqual([["Dato", "Bilag"]]);
  });

  it("throws a Danish error naming the row when a quote is never closed", () => {
    const error = errorOf(() => parseCsv('a;b\n1;2\n"åben;3\n4;5'));
    expect(error.message).toContain("række 3");
    expect(error.message).toContain("anførselstegn");
  });

  it("round-trips any table written with quoted fields", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "æ", "Ø", " ", ";", ",", "\t", '"', "\n", "\r\n", "1", "-") });
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom("\n", "\r\n"), fc.boolean(), fc.constantFrom(";", ",", "\t"), (rows, eol, trailing, delimiter) => {
        const quote = (f: string) => `"${f.replace(/"/g, '""')}"`;
        const text = rows.map((r) => r.map(quote).join(delimiter)).join(eol) + (trailing ? eol : "");
        expect(parseCsv(text, delimiter as ";" | "," | "\t")).toEqual(rows);
      }),
    );
  });
});

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

  it("calls \"12,345\" ambiguous, quotes it and asks for a decimal comma with at most two decimals", () => {
    const error = errorOf(() => parseDanishAmount("12,345"));
    expect(error).toBeInstanceOf(CsvValueError);
    expect(error.message).toContain("12,345");
    expect(error.message).toContain("decimalkomma med højst to decimaler");
  });

  it("says a Danish decimal comma is expected for \"12.34\"", () => {
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

describe("parsePostingsCsv", () => {
  const HEADER = "Dato;Bilag;Tekst;Beløb;Linje;Antal";

  it("reads a valid file into postings with row numbers, ISO dates, øre and line ids", () => {
    const preview = parse(
      [
        HEADER,
        "05-03-2013;1001;Konsulent marts;12.345,67;Lægekonsulent;3,5",
        "06.03.2013;1002;Supervision;-1.000;Psykolog;",
        '2013-03-07;1003;"Kursus; dag 1";"1.000,50 kr.";Kurser og uddannelse;2',
      ].join("\r\n") + "\r\n",
    );
    expect(preview.errors).toEqual([]);
    expect(preview.delimiter).toBe(";");
    expect(preview.rowCount).toBe(3);
    expect(preview.postings).toEqual([
      { row: 2, date: "2013-03-05", voucher: "1001", text: "Konsulent marts", amount: 1_234_567n, lineId: "line-laege", lineName: "Lægekonsulent", quantity: "3.50" },
      { row: 3, date: "2013-03-06", voucher: "1002", text: "Supervision", amount: -100_000n, lineId: "line-psyk", lineName: "Psykolog", quantity: null },
      { row: 4, date: "2013-03-07", voucher: "1003", text: "Kursus; dag 1", amount: 100_050n, lineId: "line-kursus", lineName: "Kurser og uddannelse", quantity: "2.00" },
    ]);
  });

  it("reports exactly one error per bad row, with the right row numbers, and keeps only the good rows", () => {
    const preview = parse(
      [
        HEADER,
        "05-03-2013;1001;Konsulent;1.000,00;Lægekonsulent;",
        "05-03-2013;1002;Konsulent;12,345;Lægekonsulent;",
        "06-03-2013;1003;Kursus;500,00;Ukendt linje;",
        "31-02-2013;1004;Psykolog;750,00;Psykolog;",
        "05-03-2013;1001;Konsulent igen;200,00;Lægekonsulent;",
        "07-03-2013;1005;Psykolog;250,00;Psykolog;1",
      ].join("\n"),
    );
    expect(preview.rowCount).toBe(6);
    expect(preview.postings.map((p) => p.row)).toEqual([2, 7]);
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "Beløb"],
      [4, "Linje"],
      [5, "Dato"],
      [6, "Bilag"],
    ]);
    const [amount, line, date, duplicate] = preview.errors.map((e) => e.message);
    expect(amount).toContain("12,345");
    expect(amount).toContain("decimalkomma med højst to decimaler");
    expect(line).toBe('Ukendt budgetlinje "Ukendt linje". Ret navnet, så det svarer præcis til en budgetlinje i budgettet, eller opret linjen først.');
    expect(date).toContain("31-02-2013");
    expect(duplicate).toContain("Dobbelt postering: bilag 1001 på Lægekonsulent d. 05-03-2013 står også i række 2.");
  });

  it("collects every error of a row, not just the first", () => {
    const preview = parse([HEADER, "32-01-2013; ;x;abc;Nowhere;-1"].join("\n"));
    expect(preview.postings).toEqual([]);
    expect(preview.errors.map((e) => e.column)).toEqual(["Dato", "Bilag", "Beløb", "Linje", "Antal"]);
    expect(preview.errors.every((e) => e.row === 2)).toBe(true);
    expect(preview.errors[1]?.message).toContain("Bilagsnummeret mangler");
    expect(preview.errors[4]?.message).toContain("negativt");
  });

  it("rejects a zero amount", () => {
    const preview = parse([HEADER, "05-03-2013;1001;Nul;0,00;Psykolog;"].join("\n"));
    expect(preview.errors).toEqual([{ row: 2, column: "Beløb", message: expect.stringMatching(/^Beløbet må ikke være 0\./) as string }]);
  });

  it("reads quantities as a decimal string with a dot and two decimals, never through a float", () => {
    const quantities = ["3,5", "3,50", "3", "0", "0,25", "1.500", "1.234,56", "  7  "];
    const preview = parse([HEADER, ...quantities.map((q, i) => `05-03-2013;${i};T;1,00;Psykolog;${q}`)].join("\n"));
    expect(preview.errors).toEqual([]);
    expect(preview.postings.map((p) => p.quantity)).toEqual(["3.50", "3.50", "3.00", "0.00", "0.25", "1500.00", "1234.56", "7.00"]);
    // The wire format that parseQuantity reads back.
    expect(preview.postings.map((p) => parseQuantity(p.quantity ?? ""))).toEqual([350n, 350n, 300n, 0n, 25n, 150_000n, 123_456n, 700n]);
  });

  it.each([
    ["-1", "negativt"],
    ["3,567", "tvetydigt"],
    ["3,5678", "for mange decimaler"],
    ["3.5", "decimalkomma"],
    ["tre", "ikke et gyldigt tal"],
    ["5 kr.", "ikke et gyldigt tal"],
    ["1.000.000.000.000", "for stort"],
  ])("rejects the quantity %j (%s)", (quantity, fragment) => {
    const preview = parse([HEADER, `05-03-2013;1;T;1,00;Psykolog;${quantity}`].join("\n"));
    expect(preview.postings).toEqual([]);
    expect(preview.errors).toHaveLength(1);
    expect(preview.errors[0]?.column).toBe("Antal");
    expect(preview.errors[0]?.message).toContain(fragment);
  });

  it("works without a quantity column", () => {
    const preview = parse("Dato;Bilag;Tekst;Beløb;Linje\n05-03-2013;1;T;1,00;Psykolog");
    expect(preview.errors).toEqual([]);
    expect(preview.postings[0]?.quantity).toBeNull();
  });

  it("accepts every Danish alias for every column, case-insensitively and trimmed", () => {
    for (let i = 0; i < 3; i++) {
      const names = (["date", "voucher", "text", "amount", "line", "quantity"] as const).map((c) => {
        const aliases = POSTING_COLUMN_NAMES[c];
        return aliases[i % aliases.length] ?? "";
      });
      const header = names.map((n, j) => (j % 2 === 0 ? ` ${n.toUpperCase()} ` : n.toLowerCase())).join(";");
      const preview = parse(`${header}\n05-03-2013;1;T;1,00;Psykolog;1`);
      expect(preview.errors).toEqual([]);
      expect(preview.postings).toHaveLength(1);
    }
    const preview = parse("Posteringsdato;Bilagsnr.;Beskrivelse;Beløb (kr.);Konto;Timer;Ekstra\n05-03-2013;1;T;1,00;Psykolog;1;ignoreret");
    expect(preview.errors).toEqual([]);
    expect(preview.postings[0]?.quantity).toBe("1.00");
  });

  it("names the columns in errors as the file's header writes them", () => {
    const preview = parse("Bogføringsdato;Bilagsnummer;Tekst;Beloeb;Budgetlinje\nxx;1;T;1,00;Psykolog");
    expect(preview.errors).toEqual([{ row: 1 + 1, column: "Bogføringsdato", message: expect.stringContaining('"xx"') as string }]);
  });

  it("reports missing required columns once, in row 1, and reads no postings", () => {
    const preview = parse("Dato;Tekst;Linje\n05-03-2013;T;Psykolog\n06-03-2013;T;Psykolog");
    expect(preview.postings).toEqual([]);
    expect(preview.errors).toHaveLength(1);
    expect(preview.errors[0]?.row).toBe(1);
    expect(preview.errors[0]?.column).toBeNull();
    expect(preview.errors[0]?.message).toContain('mangler kolonnerne "Bilag" og "Beløb"');
    expect(preview.rowCount).toBe(2);
  });

  it("reports one missing column in the singular", () => {
    const preview = parse("Dato;Bilag;Tekst;Linje\n05-03-2013;1;T;Psykolog");
    expect(preview.errors.map((e) => e.message)).toEqual([expect.stringContaining('mangler kolonnen "Beløb"') as string]);
  });

  it("reports two columns meaning the same", () => {
    const preview = parse("Dato;Bogføringsdato;Bilag;Tekst;Beløb;Linje\n05-03-2013;05-03-2013;1;T;1,00;Psykolog");
    expect(preview.postings).toEqual([]);
    expect(preview.errors).toEqual([{ row: 1, column: null, message: expect.stringContaining('"Dato" og "Bogføringsdato"') as string }]);
  });

  it("reports an empty file and a blank header row", () => {
    expect(parse("").errors).toEqual([{ row: 1, column: null, message: expect.stringContaining("Filen er tom") as string }]);
    expect(parse("\n" + HEADER).errors).toEqual([{ row: 1, column: null, message: expect.stringContaining("Første række er tom") as string }]);
  });

  it("reports a row with the wrong number of fields, naming expected and found", () => {
    const preview = parse([HEADER, "05-03-2013;1;T;1,00;Psykolog", "05-03-2013;2;Kursus; dag 1;1,00;Psykolog;1"].join("\n"));
    expect(preview.errors).toEqual([
      { row: 2, column: null, message: expect.stringContaining("Rækken har 5 felter, men overskriftsrækken har 6.") as string },
      { row: 3, column: null, message: expect.stringContaining("Rækken har 7 felter, men overskriftsrækken har 6.") as string },
    ]);
  });

  it("tolerates empty extra fields from trailing delimiters", () => {
    const preview = parse([HEADER, "05-03-2013;1;T;1,00;Psykolog;;;"].join("\n"));
    expect(preview.errors).toEqual([]);
    expect(preview.postings).toHaveLength(1);
  });

  it("numbers rows by record: blank rows keep their number and are skipped, a quoted line break stays in one row", () => {
    const preview = parse(
      [HEADER, "05-03-2013;1;T;1,00;Psykolog;", "", ";;;;;", '05-03-2013;2;"to\nlinjer";1,00;Psykolog;', "05-03-2013;3;T;abc;Psykolog;"].join("\n"),
    );
    expect(preview.postings.map((p) => p.row)).toEqual([2, 5]);
    expect(preview.postings[1]?.text).toBe("to\nlinjer");
    expect(preview.errors.map((e) => e.row)).toEqual([6]);
    expect(preview.rowCount).toBe(3);
  });

  it("finds a duplicate only on same voucher, line and date (also across date formats)", () => {
    const preview = parse(
      [
        HEADER,
        "05-03-2013;1;T;1,00;Psykolog;",
        "06-03-2013;1;T;1,00;Psykolog;",
        "05-03-2013;1;T;1,00;Lægekonsulent;",
        "05-03-2013;2;T;1,00;Psykolog;",
        "2013-03-05; 1 ;T;2,00;Psykolog;",
        "5.3.2013;1;T;3,00;Psykolog;",
      ].join("\n"),
    );
    expect(preview.postings.map((p) => p.row)).toEqual([2, 3, 4, 5]);
    expect(preview.errors.map((e) => [e.row, e.message])).toEqual([
      [6, expect.stringContaining("står også i række 2.")],
      [7, expect.stringContaining("står også i række 2.")],
    ]);
  });

  it("detects tab and comma delimiters and reports the one used", () => {
    const tab = parse("Dato\tBilag\tTekst\tBeløb\tLinje\n05-03-2013\t1\tT\t1.000,50\tPsykolog");
    expect(tab.delimiter).toBe("\t");
    expect(tab.postings[0]?.amount).toBe(100_050n);
    const comma = parse('Dato,Bilag,Tekst,Beløb,Linje\n05-03-2013,1,T,"1.000,50",Psykolog');
    expect(comma.delimiter).toBe(",");
    expect(comma.postings[0]?.amount).toBe(100_050n);
  });

  it("passes the trimmed line name to resolveLine and trims voucher and text", () => {
    const asked: string[] = [];
    const preview = parsePostingsCsv(`${HEADER}\n05-03-2013; 1001 ;  Tekst  ;1,00;  Psykolog  ;`, {
      resolveLine: (name) => {
        asked.push(name);
        return resolveLine(name);
      },
    });
    expect(asked).toEqual(["Psykolog"]);
    expect(preview.postings[0]).toMatchObject({ voucher: "1001", text: "Tekst", lineName: "Psykolog" });
  });

  it("reads a Windows-1252 file end to end", () => {
    const text = `${HEADER}\n05-03-2013;1;Lægekonsulent marts;1.000,00;Lægekonsulent;`;
    const bytes = Uint8Array.from(text, (c) => {
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error("not latin-1");
      return code;
    });
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe("windows-1252");
    const preview = parse(decoded.text);
    expect(preview.errors).toEqual([]);
    expect(preview.postings[0]).toMatchObject({ text: "Lægekonsulent marts", lineId: "line-laege", amount: 100_000n });
  });

  it("reports a quote that is never closed at the row where it starts, after the rows before it", () => {
    const preview = parse([HEADER, "05-03-2013;1;T;1,00;Psykolog;", "05-03-2013;2;T;abc;Psykolog;", '05-03-2013;3;"åben;1,00;Psykolog;', "05-03-2013;4;T;1,00;Psykolog;"].join("\n"));
    expect(preview.postings.map((p) => p.row)).toEqual([2]);
    expect(preview.errors.map((e) => e.row)).toEqual([3, 4]);
    expect(preview.errors[1]?.message).toContain("anførselstegn");
  });

  it("never lets a valid row through with an error, and lists errors in row order (property)", () => {
    const cell = fc.constantFrom("05-03-2013", "31-02-2013", "1", "", "12,345", "1.000,00", "0", "Psykolog", "Ukendt", "abc", "3,5", "-1");
    const rows = fc.array(fc.tuple(cell, fc.constantFrom("1", "2", ""), cell, cell, fc.constantFrom("Psykolog", "Ukendt", ""), cell), { maxLength: 12 });
    fc.assert(
      fc.property(rows, (data) => {
        const preview = parse([HEADER, ...data.map((r) => r.join(";"))].join("\n"));
        const errorRows = new Set(preview.errors.map((e) => e.row));
        for (const p of preview.postings) expect(errorRows.has(p.row)).toBe(false);
        const sorted = [...preview.errors.map((e) => e.row)].sort((a, b) => a - b);
        expect(preview.errors.map((e) => e.row)).toEqual(sorted);
        expect(preview.rowCount).toBe(data.filter((r) => r.some((f) => f.trim() !== "")).length);
        const touched = new Set([...errorRows, ...preview.postings.map((p) => p.row)]);
        expect(touched.size).toBe(preview.rowCount);
      }),
    );
  });
});
