import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { budgetTotals, lineTotal, type BudgetSide, type LineAmounts } from "./budget.js";
import { kroner, sumOre } from "./money.js";

const tkr = (n: number) => kroner(n * 1000);

describe("budgetTotals", () => {
  it("balances the Brug for alle økonomioverslag at 1.193 t.kr. per side", () => {
    const income = [794, 250, 149].map((n) => ({ side: "INCOME" as const, amounts: [{ year: 2012, amount: tkr(n) }] }));
    const expense = [480, 420, 40, 40, 20, 15, 15, 55, 108].map((n) => ({
      side: "EXPENSE" as const,
      amounts: [{ year: 2012, amount: tkr(n) }],
    }));
    const totals = budgetTotals([...income, ...expense]);
    expect(totals.income).toBe(tkr(1193));
    expect(totals.expense).toBe(tkr(1193));
    expect(totals.balanced).toBe(true);
    expect(totals.years).toEqual([2012]);
  });

  it("sums a multi-year budget with a negative line per year", () => {
    const years = [2012, 2013, 2014, 2015];
    const rows: Array<[number, number, number, number]> = [
      [200, 200, 200, 200],
      [-200, -200, -200, -200],
      [300, 300, 300, 300],
      [200, 0, 0, 0],
      [500, 200, 50, 50],
    ];
    const lines: LineAmounts[] = rows.map((r) => ({
      side: "EXPENSE",
      amounts: years.map((year, i) => ({ year, amount: tkr(r[i] ?? 0) })),
    }));
    const totals = budgetTotals(lines);
    expect(totals.perYear.map((y) => y.expense)).toEqual([tkr(1000), tkr(500), tkr(350), tkr(350)]);
    expect(totals.income).toBe(0n);
    expect(totals.balanced).toBe(false);
    expect(totals.perYear[0]?.difference).toBe(-tkr(1000));
  });

  it("reports a budget balanced in all but not in each year as unbalanced", () => {
    const totals = budgetTotals([
      { side: "INCOME", amounts: [{ year: 2012, amount: 100n }] },
      { side: "EXPENSE", amounts: [{ year: 2013, amount: 100n }] },
    ]);
    expect(totals.difference).toBe(0n);
    expect(totals.balanced).toBe(false);
  });

  const arbLine = fc.record({
    side: fc.constantFrom<BudgetSide>("INCOME", "EXPENSE"),
    amounts: fc.uniqueArray(fc.record({ year: fc.integer({ min: 2010, max: 2030 }), amount: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }) }), {
      selector: (a) => a.year,
      maxLength: 6,
    }),
  });

  it("side totals equal the sum of the line totals, per year and in all (property)", () => {
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 30 }), (lines) => {
        const totals = budgetTotals(lines);
        for (const side of ["INCOME", "EXPENSE"] as const) {
          const expected = sumOre(lines.filter((l) => l.side === side).map(lineTotal));
          expect(side === "INCOME" ? totals.income : totals.expense).toBe(expected);
          const fromCells = sumOre(totals.bySideAndYear.filter((c) => c.side === side).map((c) => c.amount));
          expect(fromCells).toBe(expected);
        }
        expect(totals.difference).toBe(totals.income - totals.expense);
        expect(totals.balanced).toBe(totals.perYear.every((y) => y.income === y.expense));
      }),
    );
  });

  it("does not depend on the order of the lines (property)", () => {
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 20 }), (lines) => {
        expect(budgetTotals([...lines].reverse())).toEqual(budgetTotals(lines));
      }),
    );
  });
});
