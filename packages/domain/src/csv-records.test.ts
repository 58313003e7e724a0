import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvValueError, decodeCsvBytes, parseCsv } from "./csv-records.js";
import { errorOf } from "./csv.test-support.js";

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
    expect(parseCsv("a;b;c\n1;2;3")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(parseCsv("a;b\r\n1;2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it('handles quoted fields, "" escapes, delimiters and line breaks inside quotes', () => {
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
    expect(parseCsv('a;;c;\n"";x;"";')).toEqual([
      ["a", "", "c", ""],
      ["", "x", "", ""],
    ]);
  });

  it("detects the delimiter from the header line", () => {
    expect(parseCsv("Dato,Beløb\n1,2")).toEqual([
      ["Dato", "Beløb"],
      ["1", "2"],
    ]);
    expect(parseCsv("Dato\tBeløb\n01-02-2013\t1.000,50")).toEqual([
      ["Dato", "Beløb"],
      ["01-02-2013", "1.000,50"],
    ]);
    // Semicolons win over the commas in the Danish amounts.
    expect(parseCsv("Dato;Beløb\n01-02-2013;1,50")).toEqual([
      ["Dato", "Beløb"],
      ["01-02-2013", "1,50"],
    ]);
    // Commas inside quotes in the header do not count.
    expect(parseCsv('"a,b,c";d\n1;2')).toEqual([
      ["a,b,c", "d"],
      ["1", "2"],
    ]);
    // Ties go to ";".
    expect(parseCsv("a;b,c\n1;2,3")).toEqual([
      ["a", "b,c"],
      ["1", "2,3"],
    ]);
    // A single column: ";".
    expect(parseCsv("a\n1,2")).toEqual([["a"], ["1,2"]]);
  });

  it("uses the given delimiter", () => {
    expect(parseCsv("a;b,c\n1;2,3", ",")).toEqual([
      ["a;b", "c"],
      ["1;2", "3"],
    ]);
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
        expect(parseCsv(text, delimiter)).toEqual(rows);
      }),
    );
  });
});
