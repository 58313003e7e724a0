import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../common/errors.js";
import { capRowErrors, IMPORT_LIMITS, ImportRefusal } from "../../common/import-limits.js";
import { readGridInWorker } from "./import-runner.js";
import { readGrid, zipUncompressedSize } from "./read-grid.js";
import { readPostings } from "./read-postings.js";

/** A zip with one (empty) stored entry whose central directory claims `size` uncompressed bytes. */
function zipClaiming(size: number): Buffer {
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + name.length, 12);
  eocd.writeUInt32LE(local.length + name.length, 16);
  return Buffer.concat([local, name, central, name, eocd]);
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportRefusal);
  return (error as ImportRefusal).message;
}

async function xlsx(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("Ark1"));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csv = (lines: string[]) => Buffer.from(lines.join("\n"));

/** Starting a worker loads ExcelJS at low priority: under a full `npm test` on 2 cores that can take seconds. */
const WORKER_TIMEOUT = 60_000;

describe("the bounded import reader (issue #14)", () => {
  it("refuses a zip bomb from the central directory's sizes, without inflating it", async () => {
    expect(zipUncompressedSize(zipClaiming(1234))).toBe(1234);
    // The entry is empty: inflating it would give "not an Excel sheet", not the limit.
    expect(await refusal(readGrid("bombe.xlsx", zipClaiming(IMPORT_LIMITS.maxUnzippedBytes + 1)))).toBe(
      "Regnearket fylder mere end 50 MB udpakket; gem kun de nødvendige rækker og kolonner i en ny fil.",
    );
    expect(await refusal(readGrid("bombe.xlsx", zipClaiming(0xffffffff)))).toContain("50 MB udpakket");
  });

  it("reads each row only to column 50: a cell far to the right (XFD) in a data row is never walked", async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(["Kommune", "Køn", "Fødselsår"]);
      for (let i = 0; i < 2000; i++) sheet.addRow(["Ishøj", "K", 1980]);
      sheet.getCell(2, 16384).value = "langt ude";
      sheet.getCell(2000, 16384).value = "langt ude";
    });
    const t0 = performance.now();
    const grid = await readGrid("bred.xlsx", file);
    const ms = performance.now() - t0;
    expect(grid).toHaveLength(2001);
    expect(grid[1]).toEqual(["Ishøj", "K", "1980"]);
    expect(grid.every((row) => row.length <= IMPORT_LIMITS.maxColumns)).toBe(true);
    console.log(`2.000 rows with a cell in column XFD: read in ${ms.toFixed(0)} ms`);
  });

  it("refuses a header wider than 50 columns, more than 20.000 rows and more than the cell limit, naming the limit", async () => {
    const wide = await xlsx((sheet) => (sheet.getCell(1, IMPORT_LIMITS.maxColumns + 1).value = "for bred"));
    expect(await refusal(readGrid("bred.xlsx", wide))).toBe("Filen har mere end 50 kolonner i overskriften; fjern kolonnerne til højre for dataene.");
    const long = await xlsx((sheet) => {
      sheet.getCell(1, 1).value = "Kommune";
      sheet.getCell(IMPORT_LIMITS.maxRows + 1, 1).value = "Ishøj";
    });
    expect(await refusal(readGrid("lang.xlsx", long))).toBe("Filen har mere end 20.000 rækker; del den op.");
    expect(await refusal(readGrid("lang.csv", csv(Array.from({ length: IMPORT_LIMITS.maxRows + 2 }, () => "a;b"))))).toContain("20.000 rækker");
    expect(await refusal(readGrid("bred.csv", csv([Array.from({ length: 51 }, () => "x").join(";")])))).toContain("50 kolonner");
    const cells = csv(Array.from({ length: 30 }, () => "a;b;c;d"));
    expect(await refusal(readGrid("celler.csv", cells, { ...IMPORT_LIMITS, maxCells: 100 }))).toBe("Filen har mere end 100 celler; del den op.");
    expect(await refusal(readGrid("stor.csv", Buffer.alloc(IMPORT_LIMITS.maxBytes + 1, 0x41)))).toBe("Filen er større end 10 MB; del den op i flere filer.");
    expect(await refusal(readGrid("tom.csv", Buffer.alloc(0)))).toBe("Filen er tom.");
  });

  it("keeps a data row's cells beyond column 50 out of a CSV's grid", async () => {
    const grid = await readGrid("a.csv", csv(["a;b", Array.from({ length: 60 }, (_, i) => String(i)).join(";")]));
    expect(grid[1]).toHaveLength(IMPORT_LIMITS.maxColumns);
  });

  it("bounds a postings file by its rows before parsing it", () => {
    const lines = ["Dato;Bilag;Tekst;Beløb;Linje", ...Array.from({ length: IMPORT_LIMITS.maxRows + 1 }, () => "x")];
    expect(() => readPostings(csv(lines), [], IMPORT_LIMITS)).toThrow("Filen har mere end 20.000 rækker; del den op.");
  });

  it("lists 100 row errors and counts the rest in one line", () => {
    const errors = Array.from({ length: 250 }, (_, i) => ({ row: i + 2, column: "kommune", message: "Ukendt kommune." }));
    const listed = capRowErrors<{ row: number; column: string | null; message: string }>(errors, (row, message) => ({ row, column: null, message }));
    expect(listed).toHaveLength(101);
    expect(listed[100]).toEqual({ row: 102, column: null, message: "Og 150 flere fejl." });
    expect(
      capRowErrors<{ row: number; column: string | null; message: string }>(errors.slice(0, 100), (row, message) => ({ row, column: null, message })),
    ).toHaveLength(100);
  });

  it(
    "reads in a worker thread (the built dist/), where a refusal becomes BAD_USER_INPUT with its message",
    async () => {
      expect(await readGridInWorker("a.csv", csv(["Kommune;Køn", "Ishøj;K"]))).toEqual([
        ["Kommune", "Køn"],
        ["Ishøj", "K"],
      ]);
      const error = await readGridInWorker("bombe.xlsx", zipClaiming(IMPORT_LIMITS.maxUnzippedBytes + 1)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("BAD_USER_INPUT");
      expect((error as DomainError).message).toContain("50 MB udpakket");
    },
    WORKER_TIMEOUT,
  );

  it(
    "stops a worker that passes the time limit and says so",
    async () => {
      const big = csv(Array.from({ length: 19_000 }, (_, i) => `række ${i};"${"x".repeat(400)}";${i}`));
      const error = await readGridInWorker("stor.csv", big, IMPORT_LIMITS, () => {}, 1).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).message).toBe("Filen kunne ikke læses på 30 sekunder; del den op i mindre filer.");
      // The next file gets a fresh worker.
      expect(await readGridInWorker("a.csv", csv(["a"]))).toEqual([["a"]]);
    },
    WORKER_TIMEOUT,
  );
});
