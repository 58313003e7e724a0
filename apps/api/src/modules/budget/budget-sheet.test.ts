import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../common/errors.js";
import { readSheetGrid, SHEET_LIMITS } from "./budget-sheet.js";

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("reading a budget sheet", () => {
  // The zip bomb's refusal from the central directory is read-grid.test.ts's (the budget sheet reads through readGrid).
  it("refuses a file that is not a sheet as BAD_USER_INPUT", async () => {
    const error = await rejection(readSheetGrid("ikke-zip.xlsx", Buffer.from("hej").toString("base64")));
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain("Excel-regneark");
  });

  it("reads an .xlsx's cells as text, numbers with a decimal comma and formulas by their result", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Ark1");
    sheet.addRow(["Tekst", "2026 (t.kr.)"]);
    sheet.addRow(["Løn", 1193.5]);
    sheet.addRow(["I alt", { formula: "B2", result: 1193.5 }]);
    sheet.getCell("A5").value = "Efter en tom række";
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    expect(await readSheetGrid("overslag.xlsx", content)).toEqual([
      ["Tekst", "2026 (t.kr.)"],
      ["Løn", "1193,5"],
      ["I alt", "1193,5"],
      [],
      ["Efter en tom række"],
    ]);
  });

  it("refuses more than 2.000 rows or 50 columns, and files that are neither .xlsx nor CSV", async () => {
    const rows = Array.from({ length: SHEET_LIMITS.maxRows + 1 }, (_, i) => `Linje ${i};1`).join("\n");
    expect((await rejection(readSheetGrid("lang.csv", Buffer.from(rows).toString("base64")))).message).toContain("2.000 rækker");
    const wide = Array.from({ length: SHEET_LIMITS.maxColumns + 1 }, () => "1").join(";");
    expect((await rejection(readSheetGrid("bred.csv", Buffer.from(wide).toString("base64")))).message).toContain("50 kolonner");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ark1").getCell(1, SHEET_LIMITS.maxColumns + 1).value = 1;
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    expect((await rejection(readSheetGrid("bred.xlsx", content))).message).toContain("50 kolonner");
    expect((await rejection(readSheetGrid("overslag.pdf", Buffer.from("x").toString("base64")))).message).toContain(".xlsx");
  });
});
