// The generator of the invariant test (invariants.test.ts): fast-check's model of a project, its citizens' flows,
// its budget with balanced and unbalanced changes, and its postings.
import type { Ore } from "@overblik/domain";
import fc from "fast-check";
import type { ProjectSpec } from "../support/world.js";

const kroner = (max: number) => fc.integer({ min: 1, max }).map((kr) => BigInt(kr) * 100n);

const citizen = fc.record({
  colour: fc.constantFrom("GROEN" as const, "ORANGE" as const, "ORANGE" as const, "ROED" as const, "BLAA" as const, null),
  enrolDay: fc.nat({ max: 60 }),
  heldAfter: fc.option(fc.nat({ max: 40 }), { freq: 3 }),
  secondHeld: fc.boolean(),
  outcome: fc.constantFrom(null, null, "JOB" as const, "EDUCATION" as const, "PASSIVE" as const, "REMATCHED_2" as const),
  outcomeAfter: fc.nat({ max: 90 }),
  plan: fc.constantFrom(null, null, "PLANNED" as const, "STARTED" as const),
  planAfter: fc.nat({ max: 60 }),
});

/** A project: 30–700 days long, started 40–400 days ago (so some have ended), 0–6 citizens, 1 income and 1–3 expense lines. */
export const project = fc
  .record({
    startedDaysAgo: fc.integer({ min: 40, max: 400 }),
    /** The project's last day is today (the "Forventet 140 %" on the last day). */
    endsToday: fc.boolean(),
    targetSize: fc.integer({ min: 1, max: 12 }),
    days: fc.integer({ min: 30, max: 700 }),
    citizens: fc.array(citizen, { maxLength: 6 }),
    expenses: fc.array(fc.array(kroner(400_000), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    balanced: fc.boolean(),
    /** Hours planned on each expense line, or none (the forecast is then linear, or the actual after the end). */
    driverHours: fc.array(fc.option(fc.integer({ min: 1, max: 100 }), { freq: 2 }), { minLength: 3, maxLength: 3 }),
    income: fc.array(kroner(900_000), { minLength: 1, maxLength: 3 }),
    changes: fc.array(
      fc.record({
        kind: fc.constantFrom("MOVE" as const, "CHANGE" as const),
        line: fc.nat({ max: 3 }),
        other: fc.nat({ max: 3 }),
        financed: fc.boolean(),
        amount: kroner(60_000),
        yearIndex: fc.nat({ max: 2 }),
        approve: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    postings: fc.array(fc.record({ line: fc.nat({ max: 3 }), amount: kroner(500_000), day: fc.nat({ max: 700 }) }), { maxLength: 5 }),
    goalTargetPercent: fc.integer({ min: 1, max: 100 }),
  })
  .map(({ startedDaysAgo, endsToday, expenses, balanced, driverHours, income, ...rest }) => {
    // A balanced original: the income line is the expenses' sum, year by year.
    const years = Math.max(...expenses.map((e) => e.length), income.length);
    const at = (amounts: Ore[], y: number) => amounts[y % amounts.length] ?? 0n;
    const incomeAmounts = balanced
      ? Array.from({ length: years }, (_, y) => expenses.reduce((s, e) => s + at(e, y), 0n))
      : Array.from({ length: years }, (_, y) => at(income, y));
    const spec: ProjectSpec = {
      ...rest,
      lines: [
        { side: "INCOME", amounts: incomeAmounts },
        ...expenses.map((amounts, e) => ({
          side: "EXPENSE" as const,
          amounts: Array.from({ length: years }, (_, y) => at(amounts, y)),
          driverHours: driverHours[e] ?? null,
        })),
      ],
    };
    return { startedDaysAgo: endsToday ? rest.days : startedDaysAgo, balanced, spec };
  });

export type Generated = { startedDaysAgo: number; balanced: boolean; spec: ProjectSpec };
