import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  atPriceLevel,
  basisPoints,
  DEFAULT_RULES,
  describeRag,
  describeRules,
  elapsedMonths,
  followUpLine,
  followUpTotals,
  unitCost,
  type FollowUpLineInput,
} from "./follow-up.js";
import { formatBp, formatBpNumber } from "./format.js";
import { kroner } from "./money.js";

const period = { start: "2012-07-16", end: "2013-08-01" };
const doctor = (spent: bigint, delivered: bigint): FollowUpLineInput => ({
  id: "laege",
  side: "EXPENSE",
  original: kroner(40_000),
  corrected: kroner(40_000),
  spent,
  driver: { unit: "timer", plannedQuantity: 5000n, unitRate: kroner(800) },
  delivered,
});

describe("followUpLine", () => {
  it("forecasts a driven line from its remaining activity: 20 of 50 timer for 16.000 kr.", () => {
    const line = followUpLine(doctor(kroner(16_000), 2000n), period, "2013-01-31");
    expect(line.forecast).toBe(kroner(40_000));
    expect(line.forecastMethod).toBe("ACTIVITY");
    expect(line.forecastExplanation).toBe("Forbrug 16.000 kr. + resterende 30 timer × 800 kr. = 40.000 kr.");
    expect(line.spentBp).toBe(4000n);
    expect(line.activityBp).toBe(4000n);
    expect(line.actualUnitCost).toBe(kroner(800));
    expect(line.rag).toBe("GREEN");
    expect(line.burnRatePerMonth).toBe(divide(kroner(16_000), 7n));
  });

  it("warns when 60 % of the money is spent for 30 % of the hours, and says so", () => {
    const line = followUpLine(doctor(kroner(24_000), 1500n), period, "2013-01-31");
    expect(line.rag).toBe("RED"); // the forecast (24.000 + 35 × 800 = 52.000 kr.) is 130 % of the budget
    expect(line.ragReason).toBe("Forventet forbrug 130 % af korrigeret budget (over 110 %).");
    const cheaper = followUpLine(
      { ...doctor(kroner(24_000), 1500n), driver: { unit: "timer", plannedQuantity: 5000n, unitRate: kroner(400) } },
      period,
      "2013-01-31",
    );
    expect(cheaper.rag).toBe("AMBER");
    expect(cheaper.ragReason).toBe("Forbrug 60 % mod aktivitet 30 %.");
  });

  it("derives the planned unit cost from the budget when no rate is given (219 timer for 55.000 kr.)", () => {
    const line = followUpLine(
      {
        id: "vk",
        side: "EXPENSE",
        original: kroner(55_000),
        corrected: kroner(55_000),
        spent: 0n,
        driver: { unit: "timer", plannedQuantity: 21_900n, unitRate: null },
        delivered: 0n,
      },
      period,
      "2012-08-01",
    );
    expect(line.plannedUnitCost).toBe(25_114n); // 251,14 kr. pr. time
  });

  it("forecasts an undriven line linearly over the period, and by the budget before it starts", () => {
    const base = { id: "x", side: "EXPENSE" as const, original: null, corrected: kroner(108_000), driver: null, delivered: 0n };
    const mid = followUpLine({ ...base, spent: kroner(54_000) }, { start: "2013-01-01", end: "2013-12-31" }, "2013-07-02");
    expect(mid.forecastMethod).toBe("LINEAR");
    expect(mid.forecast).toBe(divide(kroner(54_000) * 365n, 183n));
    const before = followUpLine({ ...base, spent: 0n }, { start: "2013-01-01", end: "2013-12-31" }, "2012-12-31");
    expect(before.forecast).toBe(kroner(108_000));
    expect(before.forecastMethod).toBe("BUDGET");
  });

  it("forecasts exactly the spend once all activity is delivered (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 7n }),
        fc.bigInt({ min: 0n, max: 10n ** 7n }),
        fc.option(fc.bigInt({ min: 1n, max: 10n ** 8n })),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (spent, planned, extra, rate, corrected) => {
          const line = followUpLine(
            {
              id: "l",
              side: "EXPENSE",
              original: corrected,
              corrected,
              spent,
              driver: { unit: "timer", plannedQuantity: planned, unitRate: rate },
              delivered: planned + extra,
            },
            period,
            "2013-01-01",
          );
          expect(line.forecast).toBe(spent);
          expect(line.deviation).toBe(corrected - spent);
          expect(line.rest).toBe(corrected - spent);
        },
      ),
    );
  });

  it("never rates income lines", () => {
    const line = followUpLine({ id: "i", side: "INCOME", original: 1n, corrected: 1n, spent: 500n, driver: null, delivered: 0n }, period, "2013-01-01");
    expect(line.rag).toBe("NONE");
  });
});

describe("after the end, drafts and negative lines (issue #15)", () => {
  it("on the period's last day and after it the forecast is the spend, even with activity left", () => {
    // 105 % spent for 45 of 50 timer: the day before, 5 timer × 800 kr. are still expected.
    const before = followUpLine(doctor(kroner(42_000), 4500n), period, "2013-07-31");
    expect(before.forecast).toBe(kroner(46_000));
    for (const asOf of [period.end, "2014-01-01"]) {
      const line = followUpLine(doctor(kroner(42_000), 4500n), period, asOf);
      expect(line.forecast).toBe(kroner(42_000));
      expect(line.forecastMethod).toBe("SPENT");
      expect(line.forecastExplanation).toBe("Perioden er slut: forventet = forbrug 42.000 kr.");
      expect(line.rag).toBe("AMBER"); // 105 %: over budget, not the 115 % a forecast would make red
    }
  });

  it("forecast >= spent for every date, spend, activity and budget (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -kroner(10_000), max: kroner(100_000) }),
        fc.bigInt({ min: 0n, max: 10_000n }),
        fc.bigInt({ min: -kroner(50_000), max: kroner(100_000) }),
        fc.boolean(),
        fc.date({ min: new Date("2012-01-01"), max: new Date("2014-12-31"), noInvalidDate: true }),
        (spent, delivered, corrected, driven, date) => {
          const input = { ...doctor(spent, delivered), corrected, driver: driven ? doctor(0n, 0n).driver : null };
          const line = followUpLine(input, period, date.toISOString().slice(0, 10));
          expect(line.forecast >= line.spent).toBe(true);
        },
      ),
    );
  });

  it("does not judge a draft budget, nor a line with a negative budget", () => {
    const draft = followUpLine({ ...doctor(0n, 0n), corrected: kroner(-800_000), draft: true }, period, "2013-01-31");
    expect(draft.rag).toBe("NONE");
    expect(draft.ragReason).toBe("Budgettet er et udkast og vurderes først, når styregruppen har godkendt det.");
    const transfer = followUpLine({ ...doctor(0n, 0n), corrected: kroner(-800_000), driver: null }, period, "2013-01-31");
    expect(transfer.rag).toBe("NONE");
    expect(transfer.ragReason).toMatch(/negativt budget/);
    const totals = followUpTotals("EXPENSE", [draft], () => "Overførsel", { draft: true });
    expect(totals.rag).toBe("NONE");
    expect(totals.ragReason).toMatch(/udkast/);
    // Spend on a line without budget is still red, and the sentence ends with one period.
    const unbudgeted = followUpLine({ ...doctor(kroner(800), 100n), corrected: 0n, driver: null }, period, "2013-01-31");
    expect(unbudgeted.rag).toBe("RED");
    expect(unbudgeted.ragReason).toBe("Forbrug 800 kr. på en linje uden budget.");
  });
});

describe("followUpTotals", () => {
  it("sums the lines and takes the worst line's status and reason", () => {
    const lines = [
      followUpLine(doctor(kroner(16_000), 2000n), period, "2013-01-31"),
      followUpLine({ ...doctor(kroner(24_000), 1500n), id: "psyk" }, period, "2013-01-31"),
    ];
    const totals = followUpTotals("EXPENSE", lines, (id) => (id === "psyk" ? "Psykolog" : "Lægekonsulent"));
    expect(totals.spent).toBe(kroner(40_000));
    expect(totals.corrected).toBe(kroner(80_000));
    expect(totals.forecast).toBe(lines[0]!.forecast + lines[1]!.forecast);
    expect(totals.rag).toBe("RED");
    expect(totals.ragReason).toMatch(/^Psykolog: Forventet forbrug 130 %/);
  });
});

describe("totals against their postings (property)", () => {
  it("a side's spend, rest and forecast are the sums of its lines', and spend the sum of every posting", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            side: fc.constantFrom<"INCOME" | "EXPENSE">("INCOME", "EXPENSE"),
            corrected: fc.bigInt({ min: -(10n ** 11n), max: 10n ** 11n }),
            postings: fc.array(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), { maxLength: 20 }),
          }),
          { minLength: 1, maxLength: 15 },
        ),
        (specs) => {
          const lines = specs.map((l, i) =>
            followUpLine(
              {
                id: `l${i}`,
                side: l.side,
                original: l.corrected,
                corrected: l.corrected,
                spent: l.postings.reduce((a, b) => a + b, 0n),
                driver: null,
                delivered: 0n,
              },
              period,
              "2013-01-31",
            ),
          );
          for (const side of ["INCOME", "EXPENSE"] as const) {
            const own = specs.filter((l) => l.side === side);
            const totals = followUpTotals(side, lines, (id) => id);
            expect(totals.spent).toBe(own.flatMap((l) => l.postings).reduce((a, b) => a + b, 0n));
            expect(totals.rest).toBe(totals.corrected - totals.spent);
            expect(totals.forecast).toBe(lines.filter((l) => l.side === side).reduce((a, l) => a + l.forecast, 0n));
          }
        },
      ),
    );
  });
});

describe("describeRules", () => {
  // The expected sentences are written out here, not built from the rules, so a change to a threshold or to the
  // wording shows up as a failing test that someone has to read.
  it("states the default rule as the user reads it", () => {
    expect(describeRules()).toBe(
      "Rød: forventet forbrug over 110 % af korrigeret budget, forbrug mindst 40 procentpoint over aktiviteten, eller forbrug på en linje uden budget. " +
        "Gul: forventet forbrug over budgettet, eller forbrug mindst 20 procentpoint over aktiviteten. Ellers grøn. " +
        "Indtægtslinjer, linjer med negativt budget og budgetter, der ikke er godkendt, vurderes ikke.",
    );
    expect(describeRules(DEFAULT_RULES)).toBe(describeRules());
  });

  it("follows every threshold of the rules object, in Danish number format", () => {
    const rules = { amberGapBp: 1250n, redGapBp: 3000n, amberForecastBp: 10_500n, redForecastBp: 12_050n };
    expect(describeRag(rules)).toEqual({
      RED: "Rød: forventet forbrug over 120,5 % af korrigeret budget, forbrug mindst 30 procentpoint over aktiviteten, eller forbrug på en linje uden budget.",
      AMBER: "Gul: forventet forbrug over 105 % af korrigeret budget, eller forbrug mindst 12,5 procentpoint over aktiviteten.",
    });
    expect(describeRules(rules)).toBe(
      "Rød: forventet forbrug over 120,5 % af korrigeret budget, forbrug mindst 30 procentpoint over aktiviteten, eller forbrug på en linje uden budget. " +
        "Gul: forventet forbrug over 105 % af korrigeret budget, eller forbrug mindst 12,5 procentpoint over aktiviteten. Ellers grøn. " +
        "Indtægtslinjer, linjer med negativt budget og budgetter, der ikke er godkendt, vurderes ikke.",
    );
  });

  it("judges by the same amber forecast threshold it states", () => {
    // 52.000 kr. forecast on a 50.000 kr. budget: 104 %, over the budget but under a 105 % amber threshold.
    const line: FollowUpLineInput = {
      id: "x",
      side: "EXPENSE",
      original: kroner(50_000),
      corrected: kroner(50_000),
      spent: kroner(26_000),
      driver: { unit: "timer", plannedQuantity: 5000n, unitRate: kroner(1040) },
      delivered: 2500n,
    };
    const byDefault = followUpLine(line, period, "2013-01-31");
    expect([byDefault.rag, byDefault.ragReason]).toEqual(["AMBER", "Forventet forbrug 104 % af korrigeret budget."]);
    const looser = followUpLine(line, period, "2013-01-31", { ...DEFAULT_RULES, amberForecastBp: 10_500n });
    expect(looser.rag).toBe("GREEN");
    const stricter = followUpLine(line, period, "2013-01-31", { ...DEFAULT_RULES, amberForecastBp: 10_200n });
    expect([stricter.rag, stricter.ragReason]).toEqual(["AMBER", "Forventet forbrug 104 % af korrigeret budget (over 102 %)."]);
  });
});

describe("helpers", () => {
  it("formats basis points as Danish percentages", () => {
    expect(formatBp(6200n)).toBe("62 %");
    expect(formatBp(950n)).toBe("9,5 %");
    expect(formatBp(-1025n)).toBe("-10,25 %");
    expect(formatBpNumber(150_000n)).toBe("1.500");
    expect(basisPoints(1n, 3n)).toBe(3333n);
    expect(basisPoints(1n, 0n)).toBeNull();
  });
  it("counts started months", () => {
    expect(elapsedMonths(period, "2012-07-16")).toBe(1);
    expect(elapsedMonths(period, "2013-01-31")).toBe(7);
    expect(elapsedMonths(period, "2020-01-01")).toBe(14);
    expect(elapsedMonths(period, "2012-01-01")).toBe(0);
  });
  it("computes unit costs and price levels exactly", () => {
    expect(unitCost(kroner(40_000), 5000n)).toBe(kroner(800));
    expect(unitCost(1n, 0n)).toBeNull();
    expect(atPriceLevel(kroner(1_000_000), 10_000n, 10_250n)).toBe(kroner(1_025_000));
  });
});

function divide(a: bigint, b: bigint): bigint {
  return (a + b / 2n) / b;
}
