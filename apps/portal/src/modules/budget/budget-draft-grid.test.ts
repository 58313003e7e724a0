import { describe, expect, it } from "vitest";
import { accountPartsText, cellError, gridTotals, yearColumn, type GridLine } from "./budget-draft-cells";
import { addLine, applyPaste, fromServerLines, isDirtyCell, isDirtyGrid, moveLine, newLine, normalizeCell, setCell, toSaveLines } from "./budget-draft-grid";
import { caretAtEdge, nextCell, splitClipboard } from "./budget-draft-keyboard";

const YEARS = [2026, 2027];
let n = 0;
const key = () => `k${n++}`;

function grid(): GridLine[] {
  let lines: GridLine[] = [];
  lines = addLine(lines, newLine("EXPENSE", YEARS, key()));
  lines = addLine(lines, newLine("INCOME", YEARS, key()));
  return lines;
}

describe("the draft grid", () => {
  it("keeps income above expenses, reads Danish amounts and sums per side, year and balance as typed", () => {
    let lines = grid();
    expect(lines.map((l) => l.side)).toEqual(["INCOME", "EXPENSE"]);
    lines = setCell(lines, 0, "name", "Tilskud", YEARS);
    lines = setCell(lines, 0, yearColumn(2026), "1.234,50", YEARS);
    lines = setCell(lines, 1, "name", "Overførsel", YEARS);
    lines = setCell(lines, 1, yearColumn(2026), "-200", YEARS);
    const totals = gridTotals(lines, YEARS);
    expect(totals.perYear[0]).toEqual({ year: 2026, income: 123_450n, expense: -20_000n, difference: 143_450n, balanced: false });
    expect(totals.perYear[1]?.balanced).toBe(true);
    lines = setCell(lines, 1, yearColumn(2027), "12,345", YEARS);
    expect(cellError(lines[1]!, yearColumn(2027))).toMatch(/tvetydigt/);
    expect(gridTotals(lines, YEARS).expense).toBe(-20_000n); // an invalid cell counts as 0 and is marked
    const save = toSaveLines(lines, YEARS);
    expect(save.ok).toBe(false);
    if (!save.ok) expect(save.errors[0]).toMatch(/^Linje 2 \(Overførsel\), 2027: /);
  });

  it("turns the grid into saveBudgetDraft's lines with money as decimal strings, leaving blank new lines out", () => {
    let lines = addLine(grid(), newLine("EXPENSE", YEARS, key()));
    lines = setCell(lines, 0, "name", "Tilskud", YEARS);
    lines = setCell(lines, 0, yearColumn(2026), "1.234,50", YEARS);
    lines = setCell(lines, 0, "accountNumber", "5.68.90.1.0.0000.001.4.0", YEARS);
    const save = toSaveLines(lines, YEARS);
    expect(save).toEqual({
      ok: true,
      lines: [
        {
          id: null,
          side: "INCOME",
          name: "Tilskud",
          category: null,
          accountNumber: "5.68.90.1.0.0000.001.4.0",
          note: null,
          amounts: [
            { year: 2026, amount: "1234.50" },
            { year: 2027, amount: "0.00" },
          ],
          driver: null,
        },
      ],
    });
  });

  it("applies the driver: the rate fixed gives the amounts, the amounts fixed give the rate", () => {
    let lines = grid();
    lines = setCell(lines, 1, "name", "Lægekonsulent", YEARS);
    lines = setCell(lines, 1, "driverUnit", "timer", YEARS);
    lines = setCell(lines, 1, "driverQuantity", "50", YEARS);
    lines = setCell(lines, 1, "driverRate", "800", YEARS);
    expect([lines[1]!.cells[yearColumn(2026)], lines[1]!.cells[yearColumn(2027)]]).toEqual(["20.000", "20.000"]);
    lines = setCell(lines, 1, yearColumn(2026), "45.000", YEARS);
    expect(lines[1]!.fixed).toBe("AMOUNT");
    expect(lines[1]!.cells.driverRate).toBe("1.300");
    const save = toSaveLines(lines.slice(1), YEARS);
    expect(save.ok && save.lines[0]?.driver).toEqual({ unit: "timer", quantity: "50.00", rate: "1300.00", fixed: "AMOUNT" });
  });

  it("keeps the years' split while the rate is typed key by key (no rounding carried from one keystroke to the next)", () => {
    const years = [2026, 2027, 2028];
    let lines: GridLine[] = addLine([], newLine("EXPENSE", years, key()));
    lines = setCell(lines, 0, "driverUnit", "timer", years);
    lines = setCell(lines, 0, "driverQuantity", "50", years);
    for (const typed of ["8", "80", "800"]) lines = setCell(lines, 0, "driverRate", typed, years);
    expect(years.map((y) => lines[0]!.cells[yearColumn(y)])).toEqual(["13.333,34", "13.333,33", "13.333,33"]);
    // A split the leader typed before fixing the rate is kept in proportion, however the rate is typed.
    lines = setCell(lines, 0, yearColumn(2026), "30.000", years);
    lines = setCell(lines, 0, yearColumn(2027), "10.000", years);
    lines = setCell(lines, 0, yearColumn(2028), "0", years);
    for (const typed of ["9", "90", "900"]) lines = setCell(lines, 0, "driverRate", typed, years);
    expect(years.map((y) => lines[0]!.cells[yearColumn(y)])).toEqual(["33.750", "11.250", "0"]);
  });

  it("writes a valid cell the Danish way when the leader leaves it, and leaves an invalid one as typed", () => {
    let lines = setCell(grid(), 0, yearColumn(2026), "1000", YEARS);
    lines = setCell(lines, 0, yearColumn(2027), "-200,5", YEARS);
    lines = setCell(lines, 0, "accountNumber", "5689010000000140", YEARS);
    lines = normalizeCell(normalizeCell(normalizeCell(lines, 0, yearColumn(2026)), 0, yearColumn(2027)), 0, "accountNumber");
    expect([lines[0]!.cells[yearColumn(2026)], lines[0]!.cells[yearColumn(2027)], lines[0]!.cells.accountNumber]).toEqual([
      "1.000",
      "-200,50",
      "5.68.90.1.0.0000.001.4.0",
    ]);
    expect(accountPartsText("5689010000000140")).toBe(
      "Hovedkonto 5, hovedfunktion 68, funktion 90, dranst 1, ejerforhold 0, omkostningssted 0000, gruppering 001, hovedart 4, art 0",
    );
    expect(accountPartsText("123")).toBeNull();
    lines = setCell(lines, 0, yearColumn(2026), "12,345", YEARS);
    expect(normalizeCell(lines, 0, yearColumn(2026))[0]!.cells[yearColumn(2026)]).toBe("12,345");
  });

  it("moves focus like a spreadsheet", () => {
    expect(nextCell({ row: 0, col: 2 }, "Tab", 3, 3)).toEqual({ row: 1, col: 0 });
    expect(nextCell({ row: 2, col: 2 }, "Tab", 3, 3)).toBeNull();
    expect(nextCell({ row: 1, col: 0 }, "ShiftTab", 3, 3)).toEqual({ row: 0, col: 2 });
    expect(nextCell({ row: 0, col: 1 }, "Enter", 3, 3)).toEqual({ row: 1, col: 1 });
    expect(nextCell({ row: 0, col: 1 }, "ArrowUp", 3, 3)).toBeNull();
    expect(nextCell({ row: 1, col: 1 }, "ArrowLeft", 3, 3)).toEqual({ row: 1, col: 0 });
    expect(caretAtEdge({ selectionStart: 3, selectionEnd: 3, value: "abc" }, "ArrowRight")).toBe(true);
    expect(caretAtEdge({ selectionStart: 1, selectionEnd: 1, value: "abc" }, "ArrowLeft")).toBe(false);
  });

  it("pastes a column from Excel down the side, adding lines where it runs out, and across for tabs", () => {
    expect(splitClipboard("100\r\n200\r\n300\r\n")).toEqual([["100"], ["200"], ["300"]]);
    expect(splitClipboard("1.234,50")).toBeNull();
    let lines = grid();
    lines = applyPaste(lines, { row: 0, col: 3 }, [["100"], ["200"], ["300"]], YEARS, key);
    expect(lines.map((l) => [l.side, l.cells[yearColumn(2026)]])).toEqual([
      ["INCOME", "100"],
      ["INCOME", "200"],
      ["INCOME", "300"],
      ["EXPENSE", ""],
    ]);
    lines = applyPaste(lines, { row: 3, col: 0 }, [["Løn", "", "", "1.000", "2.000"]], YEARS, key);
    expect([lines[3]!.cells.name, lines[3]!.cells[yearColumn(2026)], lines[3]!.cells[yearColumn(2027)]]).toEqual(["Løn", "1.000", "2.000"]);
  });

  it("marks unsaved cells and moved lines against what was loaded", () => {
    const loaded = fromServerLines(
      [
        { id: "a", side: "EXPENSE", name: "Løn", category: null, accountNumber: null, note: null, amounts: [{ year: 2026, amount: "1000.00" }], driver: null },
        { id: "b", side: "EXPENSE", name: "Kørsel", category: null, accountNumber: null, note: null, amounts: [], driver: null },
      ],
      YEARS,
    );
    expect(loaded[0]!.cells[yearColumn(2026)]).toBe("1.000");
    expect(isDirtyGrid(loaded, ["a", "b"])).toBe(false);
    const edited = setCell(loaded, 0, yearColumn(2026), "1.001", YEARS);
    expect(isDirtyCell(edited[0]!, yearColumn(2026))).toBe(true);
    expect(isDirtyCell(edited[0]!, "name")).toBe(false);
    expect(isDirtyGrid(moveLine(loaded, 0, 1), ["a", "b"])).toBe(true);
  });
});
