import { describe, expect, it } from "vitest";
import { cellError, gridTotals, isBlankLine, lineAmounts, parseAmountCell, parseQuantityCell, yearColumn, type GridLine } from "./budget-draft-cells";

const YEARS = [2026, 2027];

/** A saved line with the given cells; the rest empty. */
function line(side: GridLine["side"], cells: Record<string, string>, fixed: GridLine["fixed"] = "AMOUNT"): GridLine {
  return { key: `${side}-${cells.name ?? ""}`, id: "l1", side, cells, fixed, saved: { ...cells } };
}

describe("the draft grid's cells, read", () => {
  it("reads an amount cell as øre (bigint) from Danish text, blank as 0, without a float on the way", () => {
    expect(parseAmountCell("1.234,50")).toEqual({ ok: true, value: 123_450n });
    expect(parseAmountCell("-200")).toEqual({ ok: true, value: -20_000n });
    // 0,29 kr. × 100 is 28.999… as a float: the øre are read from the digits.
    expect(parseAmountCell("0,29")).toEqual({ ok: true, value: 29n });
    expect(parseAmountCell("90.071.992.547.409,91")).toEqual({ ok: true, value: 9_007_199_254_740_991n });
    expect(parseAmountCell("   ")).toEqual({ ok: true, value: 0n });
    const bad = parseAmountCell("12,345");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/tvetydigt/);
  });

  it("reads a quantity cell in hundredths, and refuses a negative one in Danish", () => {
    expect(parseQuantityCell("50")).toEqual({ ok: true, value: 5_000n });
    expect(parseQuantityCell("3,5")).toEqual({ ok: true, value: 350n });
    const negative = parseQuantityCell("-1");
    expect(negative.ok).toBe(false);
    if (!negative.ok) expect(negative.message).toMatch(/negativt/);
  });

  it("gives a line's amounts per year in øre, an unreadable or missing cell as 0", () => {
    const l = line("EXPENSE", { name: "Løn", [yearColumn(2026)]: "1.000.000,01", [yearColumn(2027)]: "12,345" });
    expect(lineAmounts(l, YEARS)).toEqual([100_000_001n, 0n]);
    expect(lineAmounts(l, [2026, 2028])).toEqual([100_000_001n, 0n]);
  });

  it("sums per side and year, the balance in all and per year, to the øre", () => {
    const lines = [
      line("INCOME", { name: "Tilskud", [yearColumn(2026)]: "1.000,10", [yearColumn(2027)]: "500" }),
      line("INCOME", { name: "Pulje", [yearColumn(2026)]: "0,20", [yearColumn(2027)]: "" }),
      line("EXPENSE", { name: "Løn", [yearColumn(2026)]: "1.000,30", [yearColumn(2027)]: "499,99" }),
    ];
    const totals = gridTotals(lines, YEARS);
    expect(totals.income).toBe(150_030n);
    expect(totals.expense).toBe(150_029n);
    expect(totals.difference).toBe(1n);
    expect(totals.balanced).toBe(false);
    expect(totals.perYear).toEqual([
      { year: 2026, income: 100_030n, expense: 100_030n, difference: 0n, balanced: true },
      { year: 2027, income: 50_000n, expense: 49_999n, difference: 1n, balanced: false },
    ]);
    expect(totals.bySideAndYear).toContainEqual({ side: "EXPENSE", year: 2027, amount: 49_999n });
  });

  it("says what is wrong with a cell in Danish, and nothing for a line nobody has typed in", () => {
    const empty: GridLine = { key: "ny", id: null, side: "EXPENSE", cells: { name: "", driverRate: "" }, fixed: "AMOUNT", saved: null };
    expect(isBlankLine(empty)).toBe(true);
    expect(cellError(empty, "name")).toBeNull();
    const driven = line("EXPENSE", { name: "Konsulent", driverUnit: "timer", driverQuantity: "50", driverRate: "-800" }, "RATE");
    expect(cellError(driven, "driverRate")).toBe("Satsen kan ikke være negativ.");
    expect(cellError({ ...driven, cells: { ...driven.cells, driverRate: "" } }, "driverRate")).toBe("Skriv satsen pr. enhed.");
    expect(cellError({ ...driven, cells: { ...driven.cells, driverRate: "-0,01" } }, "driverRate")).toBe("Satsen kan ikke være negativ.");
    expect(cellError({ ...driven, cells: { ...driven.cells, driverRate: "0" } }, "driverRate")).toBeNull();
    expect(cellError({ ...driven, cells: { ...driven.cells, driverRate: "800" } }, "driverRate")).toBeNull();
    expect(cellError({ ...driven, cells: { ...driven.cells, driverUnit: "" } }, "driverUnit")).toBe("Skriv enheden, fx timer.");
    expect(cellError({ ...driven, cells: { ...driven.cells, name: " " } }, "name")).toBe("Skriv linjens tekst.");
  });
});
