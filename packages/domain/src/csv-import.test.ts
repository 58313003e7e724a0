import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "./csv-records.js";
import { parsePostingsCsv, POSTING_COLUMN_NAMES, type PostingsPreview } from "./csv-import.js";
import { parseQuantity } from "./quantity.js";

const LINES: Record<string, string> = {
  Lægekonsulent: "line-laege",
  Psykolog: "line-psyk",
  "Kurser og uddannelse": "line-kursus",
};
const resolveLine = (name: string): string | null => LINES[name] ?? null;
const parse = (text: string): PostingsPreview => parsePostingsCsv(text, { resolveLine });

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
      {
        row: 2,
        date: "2013-03-05",
        voucher: "1001",
        text: "Konsulent marts",
        amount: 1_234_567n,
        lineId: "line-laege",
        lineName: "Lægekonsulent",
        quantity: "3.50",
      },
      { row: 3, date: "2013-03-06", voucher: "1002", text: "Supervision", amount: -100_000n, lineId: "line-psyk", lineName: "Psykolog", quantity: null },
      {
        row: 4,
        date: "2013-03-07",
        voucher: "1003",
        text: "Kursus; dag 1",
        amount: 100_050n,
        lineId: "line-kursus",
        lineName: "Kurser og uddannelse",
        quantity: "2.00",
      },
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
    const preview = parse(
      [HEADER, "05-03-2013;1;T;1,00;Psykolog;", "05-03-2013;2;T;abc;Psykolog;", '05-03-2013;3;"åben;1,00;Psykolog;', "05-03-2013;4;T;1,00;Psykolog;"].join(
        "\n",
      ),
    );
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
