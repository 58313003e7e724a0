import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AdjustmentError,
  applyEntries,
  changeEntries,
  DEFAULT_APPROVAL_THRESHOLD,
  grantSentence,
  moveEntries,
  requiresApproval,
  sideTotalChanges,
  type LineAmountState,
} from "./budget-adjustment.js";
import { budgetTotals } from "./budget.js";
import { kroner } from "./money.js";

const line = (id: string, side: "INCOME" | "EXPENSE", amount: bigint, year = 2012): LineAmountState => ({
  id,
  side,
  amounts: new Map([[year, amount]]),
});
const asLines = (lines: LineAmountState[]) => lines.map((l) => ({ side: l.side, amounts: [...l.amounts].map(([year, amount]) => ({ year, amount })) }));

describe("omplacering", () => {
  const other = line("andre", "EXPENSE", kroner(108_000));
  const doctor = line("laege", "EXPENSE", kroner(40_000));
  const income = line("tilskud", "INCOME", kroner(794_000));

  it("moves 10.000 kr. from Andre udgifter to Lægekonsulent and keeps the expense total", () => {
    const entries = moveEntries(other, doctor, 2012, kroner(10_000), [2012]);
    const after = applyEntries([other, doctor], entries);
    expect(after.map((l) => l.amounts.get(2012))).toEqual([kroner(98_000), kroner(50_000)]);
    expect(sideTotalChanges(entries, () => "EXPENSE")).toEqual({ INCOME: 0n, EXPENSE: 0n });
    expect(requiresApproval(entries, () => "EXPENSE", DEFAULT_APPROVAL_THRESHOLD)).toBe(false);
  });

  it("needs approval above the threshold", () => {
    const entries = moveEntries(other, doctor, 2012, kroner(50_000) + 1n, [2012]);
    expect(requiresApproval(entries, () => "EXPENSE", DEFAULT_APPROVAL_THRESHOLD)).toBe(true);
    const atThreshold = moveEntries(other, doctor, 2012, kroner(50_000), [2012]);
    expect(requiresApproval(atThreshold, () => "EXPENSE", DEFAULT_APPROVAL_THRESHOLD)).toBe(false);
  });

  it.each([
    [() => moveEntries(other, doctor, 2012, 0n, [2012]), "AMOUNT_NOT_POSITIVE"],
    [() => moveEntries(other, other, 2012, 1n, [2012]), "SAME_LINE"],
    [() => moveEntries(other, income, 2012, 1n, [2012]), "DIFFERENT_SIDES"],
    [() => moveEntries(other, doctor, 2014, 1n, [2012]), "YEAR_OUTSIDE_BUDGET"],
  ])("refuses a bad move with a Danish reason (%#)", (fn, problem) => {
    try {
      fn();
      expect.fail("expected an AdjustmentError");
    } catch (error) {
      expect(error).toBeInstanceOf(AdjustmentError);
      expect((error as AdjustmentError).problem).toBe(problem);
    }
  });

  it("keeps every side's total for any move (property)", () => {
    const arbSide = fc.constantFrom<"INCOME" | "EXPENSE">("INCOME", "EXPENSE");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(arbSide, fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n })), { minLength: 2, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (specs, i, j, amount) => {
          const lines = specs.map(([side, amt], k) => line(`l${k}`, side, amt));
          const from = lines[i % lines.length]!;
          const candidates = lines.filter((l) => l.side === from.side && l.id !== from.id);
          fc.pre(candidates.length > 0);
          const to = candidates[j % candidates.length]!;
          const before = budgetTotals(asLines(lines));
          const after = budgetTotals(asLines(applyEntries(lines, moveEntries(from, to, 2012, amount, [2012]))));
          expect(after.income).toBe(before.income);
          expect(after.expense).toBe(before.expense);
        },
      ),
    );
  });
});

describe("change of a line", () => {
  const doctor = line("laege", "EXPENSE", kroner(40_000));
  const other = line("andre", "EXPENSE", kroner(108_000));
  const grant = line("tilskud", "INCOME", kroner(794_000));

  it("financed by a line on the same side keeps the total", () => {
    const entries = changeEntries(doctor, 2012, kroner(5_000), { line: other }, [2012]);
    expect(entries.map((e) => e.delta)).toEqual([kroner(5_000), -kroner(5_000)]);
    expect(requiresApproval(entries, (id) => (id === "tilskud" ? "INCOME" : "EXPENSE"), DEFAULT_APPROVAL_THRESHOLD)).toBe(false);
  });

  it("financed by income raises both sides, which always needs approval", () => {
    const entries = changeEntries(doctor, 2012, kroner(5_000), { line: grant }, [2012]);
    const sideOf = (id: string): "INCOME" | "EXPENSE" => (id === "tilskud" ? "INCOME" : "EXPENSE");
    expect(sideTotalChanges(entries, sideOf)).toEqual({ INCOME: kroner(5_000), EXPENSE: kroner(5_000) });
    expect(requiresApproval(entries, sideOf, DEFAULT_APPROVAL_THRESHOLD)).toBe(true);
  });

  it("financed by a new grant books the grant as income on the chosen line: both sides move, the budget stays balanced", () => {
    const entries = changeEntries(doctor, 2012, kroner(60_000), { grantText: "Tillægsbevilling fra puljen", incomeLine: grant }, [2012]);
    const sideOf = (id: string): "INCOME" | "EXPENSE" => (id === "tilskud" ? "INCOME" : "EXPENSE");
    expect(sideTotalChanges(entries, sideOf)).toEqual({ INCOME: kroner(60_000), EXPENSE: kroner(60_000) });
    expect(requiresApproval(entries, sideOf, DEFAULT_APPROVAL_THRESHOLD)).toBe(true);
    expect(() => changeEntries(doctor, 2012, 1n, { grantText: "  ", incomeLine: grant }, [2012])).toThrow(/finansieres/);
    expect(() => changeEntries(doctor, 2012, 0n, { grantText: "x", incomeLine: grant }, [2012])).toThrow(/0 kr/);
  });

  it("refuses a grant without an income line, on an expense line, or raising an income line", () => {
    expect(() => changeEntries(doctor, 2012, 1n, { grantText: "x", incomeLine: null }, [2012])).toThrow(/vælg den indtægtslinje/);
    expect(() => changeEntries(doctor, 2012, 1n, { grantText: "x", incomeLine: other }, [2012])).toThrow(/skal bogføres på en indtægtslinje/);
    expect(() => changeEntries(grant, 2012, 1n, { grantText: "x", incomeLine: grant }, [2012])).toThrow(/udgiftslinje, der ændres/);
  });

  it("says before saving where the grant is booked, with one period after the amount", () => {
    expect(grantSentence(kroner(60_000), "Puljetilskud")).toBe("Tillægsbevillingen på 60.000 kr. bogføres som indtægt på linjen Puljetilskud.");
    expect(grantSentence(-kroner(5_000), "Puljetilskud")).toBe("Tillægsbevillingen nedsættes med 5.000 kr., som trækkes fra indtægten på linjen Puljetilskud.");
  });
});
